import { parseBlog } from './blog';
import { classifyText } from './classify';
import { decodeCapture, normalizeCaptureText } from './decode';
import { detectLayout } from './detect';
import { parseFallback } from './fallback';
import { withIdentifiers } from './identifiers';
import { parsePortal } from './portal';
import type { Segmented } from './portal';
import type { CaptureEncoding, CaptureLayout, ParsedCapture } from './types';

/** Decodes and segments a capture file. Never throws: any input gives records plus warnings, or an error. */
export function parseCapture(bytes: Uint8Array): ParsedCapture {
  let decoded: ReturnType<typeof decodeCapture>;
  try {
    decoded = decodeCapture(bytes);
  } catch (error) {
    decoded = { ok: false, error: `The file could not be read as text (${describe(error)}).` };
  }
  if (!decoded.ok)
    return { encoding: null, text: '', layout: 'unknown', records: [], warnings: [], error: decoded.error };
  return parseDecodedCapture(decoded.text, decoded.encoding, decoded.warnings);
}

/** Segments text that is already decoded; line endings are normalised again, harmlessly. Reports 'utf-8'. */
export function parseCaptureText(text: string): ParsedCapture {
  return parseDecodedCapture(normalizeCaptureText(text), 'utf-8');
}

/** Segments decoded, normalised text; `decodeWarnings` (how the bytes were read) come before the parser's own. */
export function parseDecodedCapture(
  text: string,
  encoding: CaptureEncoding,
  decodeWarnings: readonly string[] = [],
): ParsedCapture {
  const base = { encoding, text, error: null };
  let segmented: { layout: CaptureLayout } & Segmented;
  try {
    const lines = classifyText(text);
    const layout = detectLayout(lines);
    const { records, warnings } = segmentAs(layout, text, lines);
    segmented = { layout, records: withIdentifiers(text, records), warnings };
  } catch (error) {
    segmented = safeFallback(text, error);
  }
  return { ...base, ...segmented, warnings: [...decodeWarnings, ...segmented.warnings] };
}

function segmentAs(layout: CaptureLayout, text: string, lines: ReturnType<typeof classifyText>): Segmented {
  if (layout === 'portal') return parsePortal(text, lines);
  if (layout === 'blog') return parseBlog(text, lines);
  return parseFallback(text, lines);
}

/** A parser bug must not cost the user the file: read it paragraph by paragraph instead, and say so. */
function safeFallback(text: string, error: unknown): { layout: CaptureLayout } & Segmented {
  const warning = `The capture could not be read in full (${describe(error)}); it was read paragraph by paragraph.`;
  try {
    const result = parseFallback(text, classifyText(text));
    return { layout: 'unknown', records: result.records, warnings: [warning, ...result.warnings] };
  } catch {
    return { layout: 'unknown', records: [], warnings: [warning] };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
