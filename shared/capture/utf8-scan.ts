/** What one pass over the bytes says about them as UTF-8. */
export interface Utf8Scan {
  /** Well-formed characters of two to four bytes: evidence that the file is UTF-8. */
  multiByteChars: number;
  /** Bytes in ill-formed sequences; a decoder replaces each such sequence with U+FFFD. */
  invalidBytes: number;
  /** Offset of the first invalid byte, or -1. */
  firstInvalid: number;
}

/**
 * Validates UTF-8 the way the Encoding Standard's decoder does, so the invalid sequences counted
 * here are exactly the ones `TextDecoder` replaces (each maximal ill-formed subpart counts its bytes).
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multiByteChars = 0;
  let invalidBytes = 0;
  let firstInvalid = -1;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let sequenceStart = 0;
  const invalid = (start: number, length: number): void => {
    if (firstInvalid < 0) firstInvalid = start;
    invalidBytes += length;
  };
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    if (needed === 0) {
      sequenceStart = i;
      if (byte <= 0x7f) {
        // ASCII.
      } else if (byte >= 0xc2 && byte <= 0xdf) {
        needed = 1;
      } else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
      } else {
        invalid(i, 1);
      }
      i += 1;
      continue;
    }
    if (byte < lower || byte > upper) {
      // The sequence so far is ill-formed; this byte starts afresh.
      invalid(sequenceStart, seen + 1);
      needed = 0;
      seen = 0;
      lower = 0x80;
      upper = 0xbf;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    seen += 1;
    i += 1;
    if (seen === needed) {
      multiByteChars += 1;
      needed = 0;
      seen = 0;
    }
  }
  if (needed !== 0) invalid(sequenceStart, seen + 1);
  return { multiByteChars, invalidBytes, firstInvalid };
}

/** 1-based line of a byte offset; CRLF, LF and a lone CR each end one line, as the text is normalised. */
export function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) line += 1;
  }
  return line;
}
