type Script = 'arabic' | 'latin' | 'other';

const ARABIC = /[\p{scx=Arabic}\p{M}]/u;
const LATIN = /\p{Script=Latin}/u;

let scriptTable: Script[] | null = null;

/** The script of each byte read as Windows-1256; diacritics and the tatweel count as Arabic. */
function scriptOfBytes(): Script[] {
  if (scriptTable !== null) return scriptTable;
  const decoder = new TextDecoder('windows-1256');
  scriptTable = Array.from({ length: 256 }, (_, byte): Script => {
    const char = decoder.decode(new Uint8Array([byte]));
    if (ARABIC.test(char)) return 'arabic';
    return LATIN.test(char) ? 'latin' : 'other';
  });
  return scriptTable;
}

/**
 * Bytes above ASCII that Windows-1256 would read as a letter standing alone among letters of another
 * script, or among none: "ظ‡" from the UTF-8 "ه", or "ے" for a stray 0xFF inside an English word.
 * Real Windows-1256 text puts its letters in words, so these bytes are evidence against it.
 */
export function strayLegacyLetters(bytes: Uint8Array): number {
  const script = scriptOfBytes();
  let stray = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) continue;
    const own = script[byte];
    if (own === 'other') continue;
    const before = i > 0 ? script[bytes[i - 1] ?? 0] : 'other';
    const after = i + 1 < bytes.length ? script[bytes[i + 1] ?? 0] : 'other';
    if (before !== own && after !== own) stray += 1;
  }
  return stray;
}
