import { decodeCapture } from '../capture/decode';
import type { DecodeResult } from '../capture/decode';
import { parseDecodedCapture } from '../capture/parse';
import type { ParsedCapture, ReferenceFormat } from '../capture/types';
import { parseBibtex } from '../references/bibtex';
import { parseCslJson } from '../references/csl-json';
import { parseCsv } from '../references/csv';
import { detectReferenceFormat } from '../references/detect';
import type { ReferenceReadResult } from '../references/record';
import { parseRis } from '../references/ris';
import { asWesternIfNotUtf8 } from './western-decode';

const READERS: Readonly<Record<ReferenceFormat, (text: string) => ReferenceReadResult>> = {
  bibtex: parseBibtex,
  ris: parseRis,
  'csl-json': parseCslJson,
  csv: parseCsv,
};

export const FORMAT_NAMES: Readonly<Record<ReferenceFormat, string>> = {
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
  csv: 'CSV',
};

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function decode(bytes: Uint8Array): DecodeResult {
  try {
    return decodeCapture(bytes);
  } catch (error) {
    return { ok: false, error: `The file could not be read as text (${describe(error)}).` };
  }
}

function detect(text: string): ReferenceFormat | null {
  try {
    return detectReferenceFormat(text);
  } catch {
    return null;
  }
}

/** "No reference could be read from this RIS file (Line 3: …)." with the first problem the reader met. */
function nothingReadError(format: ReferenceFormat, warnings: readonly string[]): string {
  const first = warnings[0]?.replace(/\.$/u, '');
  const name = FORMAT_NAMES[format];
  return first === undefined
    ? `No reference could be read from this ${name} file: it holds no entries.`
    : `No reference could be read from this ${name} file (${first}).`;
}

function readReferences(format: ReferenceFormat, text: string): ReferenceReadResult {
  try {
    return READERS[format](text);
  } catch (error) {
    return { records: [], warnings: [`The ${FORMAT_NAMES[format]} reader failed (${describe(error)}).`] };
  }
}

/**
 * Reads one imported file: a reference file (BibTeX, RIS, CSL-JSON, CSV, told apart by content) entry by
 * entry, anything else as a web-page capture. Never throws: any input gives records and warnings, or an error.
 */
export function parseImportFile(bytes: Uint8Array): ParsedCapture {
  const decoded = decode(bytes);
  if (!decoded.ok) return { encoding: null, text: '', layout: 'unknown', records: [], warnings: [], error: decoded.error };
  const format = detect(decoded.text);
  if (format === null) return parseDecodedCapture(decoded.text, decoded.encoding, decoded.warnings);
  const source = asWesternIfNotUtf8(bytes, decoded);
  const read = readReferences(format, source.text);
  const warnings = [...source.warnings, ...read.warnings];
  const error = read.records.length === 0 ? nothingReadError(format, read.warnings) : null;
  return { encoding: source.encoding, text: source.text, layout: format, records: read.records, warnings, error };
}
