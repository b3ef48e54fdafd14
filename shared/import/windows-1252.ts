/**
 * Windows-1252 from 0x80 to 0x9F, where it differs from Latin-1: the curly quotes, dashes, € and the
 * letters Œ Š Ž Ÿ. The five bytes it leaves undefined stay the control characters they are in Latin-1,
 * as the Encoding Standard's decoder has them.
 */
const HIGH_CONTROLS_AS_1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Code units converted per String.fromCharCode call, well under engines' argument limits. */
const CHUNK = 8192;

/**
 * Decodes Windows-1252 bytes. Node's TextDecoder reads the label as Latin-1, turning “ ” – into C1
 * controls, so the table is applied here rather than trusted to the platform.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte < 0xa0 ? HIGH_CONTROLS_AS_1252.charCodeAt(byte - 0x80) : byte,
    );
    pieces.push(String.fromCharCode(...codes));
  }
  return pieces.join('');
}
