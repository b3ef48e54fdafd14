import { strayLegacyLetters } from './legacy-fit';
import type { CaptureEncoding } from './types';
import { lineAtByte, scanUtf8 } from './utf8-scan';

export type DecodeResult =
  { ok: true; encoding: CaptureEncoding; text: string; warnings: string[] } | { ok: false; error: string };

const EMPTY = 'The file is empty.';
const BLANK = 'The file contains only blank space, no text.';
const NUL_BYTES = 'The file looks binary (it contains NUL bytes), not a text capture.';
const CONTROL_CHARS = 'The file looks binary (it is mostly control characters), not a text capture.';

/** Share of control characters above which decoded "text" is treated as binary noise. */
const MAX_CONTROL_SHARE = 0.05;
/** How many leading bytes are sampled to guess BOM-less UTF-16. */
const UTF16_SAMPLE_BYTES = 4096;

/** Turns CRLF and lone CR into LF and drops a leading byte-order mark. */
export function normalizeCaptureText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

export const LEGACY_ARABIC_WARNING = 'Read as Windows-1256 (Arabic): the file is not valid UTF-8.';

/** “3 invalid bytes replaced, first at line 12.”: what the import status line says about a damaged UTF-8 file. */
export function invalidBytesWarning(count: number, line: number): string {
  return `${count} invalid ${count === 1 ? 'byte' : 'bytes'} replaced, first at line ${line}.`;
}

/**
 * Reads capture bytes as text: UTF-8 (with or without BOM), UTF-16 LE/BE, or Windows-1256 when the
 * bytes fit it and not UTF-8. Replaced bytes and a legacy encoding are reported in `warnings`.
 */
export function decodeCapture(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: EMPTY };
  const decoded = decodeRaw(bytes);
  if (decoded === null) return { ok: false, error: NUL_BYTES };
  const text = normalizeCaptureText(decoded.text);
  const problem = textProblem(text, decoded.replacementsReported);
  if (problem !== null) return { ok: false, error: problem };
  return { ok: true, encoding: decoded.encoding, text, warnings: decoded.warnings };
}

interface RawText {
  encoding: CaptureEncoding;
  text: string;
  warnings: string[];
  /** Every U+FFFD the decoder put in is counted in a warning. */
  replacementsReported: boolean;
}

/** The byte-order mark decides; without one, the evidence in the bytes does (see `decodeUnmarked`). */
function decodeRaw(bytes: Uint8Array): RawText | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeUtf8('utf-8-bom', bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return decodeAs('utf-16le', bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decodeAs('utf-16be', bytes.subarray(2));
  if (bytes.includes(0)) {
    const utf16 = guessBomlessUtf16(bytes);
    return utf16 === null ? null : decodeAs(utf16, bytes);
  }
  return decodeUnmarked(bytes);
}

/**
 * UTF-8 unless the bytes fit Windows-1256 better. The misfit of UTF-8 is its count of invalid bytes.
 * The misfit of Windows-1256 is the count of well-formed multi-byte UTF-8 characters (legacy text
 * almost never forms one by chance) plus the bytes it would read as a stray letter. Windows-1256 is
 * chosen only when its misfit is strictly smaller, so a file that is valid UTF-8 except for a few
 * bytes stays UTF-8, with those bytes replaced by U+FFFD and counted in a warning.
 */
function decodeUnmarked(bytes: Uint8Array): RawText {
  const scan = scanUtf8(bytes);
  // Counting stray letters takes a pass of its own, needed only when UTF-8 has not already won.
  const legacyFitsBetter =
    scan.invalidBytes > scan.multiByteChars &&
    scan.multiByteChars + strayLegacyLetters(bytes) < scan.invalidBytes;
  if (legacyFitsBetter) return { ...decodeAs('windows-1256', bytes), warnings: [LEGACY_ARABIC_WARNING] };
  return decodeUtf8('utf-8', bytes, scan);
}

function decodeUtf8(encoding: 'utf-8' | 'utf-8-bom', bytes: Uint8Array, scan = scanUtf8(bytes)): RawText {
  const decoded = decodeAs(encoding, bytes);
  if (scan.invalidBytes === 0) return decoded;
  const warning = invalidBytesWarning(scan.invalidBytes, lineAtByte(bytes, scan.firstInvalid));
  return { ...decoded, warnings: [warning], replacementsReported: true };
}

/** Mostly-ASCII UTF-16 without a BOM has a NUL in every other byte; anything else with NULs is binary. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SAMPLE_BYTES) / 2);
  if (pairs === 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (bytes[2 * i] === 0) evenZeros += 1;
    if (bytes[2 * i + 1] === 0) oddZeros += 1;
  }
  if (oddZeros / pairs > 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros / pairs > 0.4 && oddZeros === 0) return 'utf-16be';
  return null;
}

function decodeAs(encoding: CaptureEncoding, bytes: Uint8Array): RawText {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  // The BOM is already skipped: ignoreBOM keeps TextDecoder from eating a second one that is part of the text.
  return {
    encoding,
    text: new TextDecoder(label, { ignoreBOM: true }).decode(bytes),
    warnings: [],
    replacementsReported: false,
  };
}

/** `replacementsReported`: U+FFFD stands for bytes already counted in a warning, not for binary noise. */
function textProblem(text: string, replacementsReported: boolean): string | null {
  if (text.includes('\u0000')) return NUL_BYTES;
  if (text.trim().length === 0) return BLANK;
  return countControls(text, replacementsReported) / text.length > MAX_CONTROL_SHARE ? CONTROL_CHARS : null;
}

/** Control characters other than tab, line feed and form feed, plus (unless reported) U+FFFD. */
function countControls(text: string, replacementsReported: boolean): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xa0 && (code !== 0xfffd || replacementsReported)) continue;
    if (code >= 0x20 && code < 0x7f) continue;
    if (code !== 0x09 && code !== 0x0a && code !== 0x0c) count += 1;
  }
  return count;
}
