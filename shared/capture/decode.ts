import type { CaptureEncoding } from './types';

export type DecodeResult =
  { ok: true; encoding: CaptureEncoding; text: string } | { ok: false; error: string };

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

/** Reads capture bytes as text: UTF-8 (with or without BOM), UTF-16 LE/BE, or Windows-1256 as a fallback. */
export function decodeCapture(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: EMPTY };
  const decoded = decodeRaw(bytes);
  if (decoded === null) return { ok: false, error: NUL_BYTES };
  const text = normalizeCaptureText(decoded.text);
  const problem = textProblem(text);
  return problem === null ? { ok: true, encoding: decoded.encoding, text } : { ok: false, error: problem };
}

interface RawText {
  encoding: CaptureEncoding;
  text: string;
}

/** The byte-order mark decides; without one, valid UTF-8 is UTF-8 and anything else is legacy Arabic. */
function decodeRaw(bytes: Uint8Array): RawText | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeAs('utf-8-bom', bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return decodeAs('utf-16le', bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decodeAs('utf-16be', bytes.subarray(2));
  if (bytes.includes(0)) {
    const utf16 = guessBomlessUtf16(bytes);
    return utf16 === null ? null : decodeAs(utf16, bytes);
  }
  const utf8 = strictUtf8(bytes);
  return utf8 === null ? decodeAs('windows-1256', bytes) : { encoding: 'utf-8', text: utf8 };
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

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeAs(encoding: CaptureEncoding, bytes: Uint8Array): RawText {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  // The BOM is already skipped: ignoreBOM keeps TextDecoder from eating a second one that is part of the text.
  return { encoding, text: new TextDecoder(label, { ignoreBOM: true }).decode(bytes) };
}

function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return NUL_BYTES;
  if (text.trim().length === 0) return BLANK;
  return countControls(text) / text.length > MAX_CONTROL_SHARE ? CONTROL_CHARS : null;
}

/** Control characters other than tab, line feed and form feed, plus the replacement character U+FFFD. */
function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xa0 && code !== 0xfffd) continue;
    if (code >= 0x20 && code < 0x7f) continue;
    if (code !== 0x09 && code !== 0x0a && code !== 0x0c) count += 1;
  }
  return count;
}
