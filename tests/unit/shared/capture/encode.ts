// Builds capture bytes in the encodings users' files arrive in, so tests need no binary fixtures.

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? concat(new Uint8Array([0xef, 0xbb, 0xbf]), body) : body;
}

export function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i += 1) {
    const code = units.charCodeAt(i);
    const [first, second] = order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[2 * i] = first;
    bytes[2 * i + 1] = second;
  }
  return bytes;
}

/** Windows-1256, using the platform decoder's own table in reverse; throws on a character it cannot hold. */
export function windows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Uint8Array.from([...text], (char) => {
    const byte = table.get(char);
    if (byte === undefined)
      throw new Error(`Windows-1256 has no ${char} (U+${char.codePointAt(0)?.toString(16)})`);
    return byte;
  });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
