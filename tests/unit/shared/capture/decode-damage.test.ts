import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEGACY_ARABIC_WARNING, decodeCapture, invalidBytesWarning } from '../../../../shared/capture/decode';
import { parseCapture } from '../../../../shared/capture/parse';
import { utf8, windows1256 } from './encode';
import { scanUtf8 } from '../../../../shared/capture/utf8-scan';
import { readSeed } from './read-fixture';

function bytesOf(...parts: (string | number)[]): Uint8Array {
  return Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'number' ? [part] : [...new TextEncoder().encode(part)])),
  );
}

describe('decodeCapture on UTF-8 with a few bad bytes', () => {
  it('reads Arabic text with one stray byte as UTF-8, replaces the byte and reports it', () => {
    expect(decodeCapture(bytesOf('هذا البحث', 0xff, 'هذا'))).toEqual({
      ok: true,
      encoding: 'utf-8',
      text: 'هذا البحث\ufffdهذا',
      warnings: ['1 invalid byte replaced, first at line 1.'],
    });
  });

  it('counts every bad byte and names the line of the first, CRLF or not', () => {
    const lines = Array.from({ length: 14 }, (_, i) => `السطر ${i + 1} من الملخص`);
    const damaged = bytesOf(
      lines.slice(0, 11).join('\r\n'),
      '\r\nسطر',
      0xff,
      0xfe,
      ' ',
      0x80,
      '\n',
      lines.slice(12).join('\n'),
    );
    const result = decodeCapture(damaged);
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', warnings: [invalidBytesWarning(3, 12)] });
    if (result.ok) expect(result.text.split('\n')[11]).toBe('سطر\ufffd\ufffd \ufffd');
    expect(invalidBytesWarning(3, 12)).toBe('3 invalid bytes replaced, first at line 12.');
  });

  it('keeps a mostly English file with a stray byte as UTF-8', () => {
    expect(decodeCapture(bytesOf('We train small netw', 0xff, 'orks on images.'))).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      warnings: ['1 invalid byte replaced, first at line 1.'],
    });
  });

  it('still reads bytes that only fit Windows-1256 as Windows-1256, with the warning', () => {
    expect(decodeCapture(Uint8Array.from([...bytesOf('We don'), 0x92, ...bytesOf('t know.')]))).toEqual({
      ok: true,
      encoding: 'windows-1256',
      text: 'We don’t know.',
      warnings: [LEGACY_ARABIC_WARNING],
    });
  });

  it('reports bad bytes after a UTF-8 BOM too', () => {
    expect(decodeCapture(bytesOf(0xef, 0xbb, 0xbf, 'one\ntwo', 0xc3, ' three'))).toEqual({
      ok: true,
      encoding: 'utf-8-bom',
      text: 'one\ntwo\ufffd three',
      warnings: ['1 invalid byte replaced, first at line 2.'],
    });
  });

  it('parses a seed capture with a damaged byte into the same records, with the warning first', () => {
    const seed = readSeed('000_9dbf7397c9f611e8.txt');
    const reference = parseCapture(seed);
    const damaged = seed.slice();
    const at = damaged.indexOf(0x0a) - 1; // The last byte of the first line: an Arabic letter's continuation.
    damaged[at] = 0xff;
    const parsed = parseCapture(damaged);
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.warnings).toEqual([invalidBytesWarning(2, 1), ...reference.warnings]);
    expect(parsed.records.map((record) => record.text)).toEqual(
      reference.records.map((record) => record.text),
    );
  });
});

/** Words in the scripts captures mix, so texts have many multi-byte characters. */
const WORD = fc.constantFrom(
  'هذا',
  'البحث',
  'يدرس',
  'الشبكات',
  'العصبية',
  'ملخص',
  'étude',
  'réseaux',
  'Bölcskei',
  'naïve',
  'ε-greedy',
  '≤',
  '→',
  'λ',
  '深度学习',
  '🧠',
  'we',
  'show',
  'networks',
  '$k^2$',
  '2021',
);

/** Texts of at least 25 multi-byte characters, in lines. */
const TEXT = fc
  .array(fc.tuple(WORD, fc.constantFrom(' ', ' ', ' ', '\n')), { minLength: 30, maxLength: 120 })
  .map((pairs) => pairs.map(([word, gap]) => word + gap).join(''))
  .filter((text) => [...text].filter((char) => char.codePointAt(0)! > 0x7f).length >= 25);

/** Offsets in the UTF-8 bytes where each character starts, and the end. */
function charBoundaries(text: string): number[] {
  const bounds = [0];
  let offset = 0;
  for (const char of text) {
    offset += new TextEncoder().encode(char).length;
    bounds.push(offset);
  }
  return bounds;
}

describe('decodeCapture on damaged UTF-8 (properties)', () => {
  it('counts as invalid exactly the bytes the platform decoder replaces', () => {
    const spellsReplacement = (bytes: Uint8Array): boolean =>
      bytes.some((byte, i) => byte === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd);
    const bytes = fc
      .array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0x80, max: 0xf4 })), {
        maxLength: 64,
      })
      .map((values) => Uint8Array.from(values))
      .filter((input) => !spellsReplacement(input));
    fc.assert(
      fc.property(bytes, (input) => {
        // Every U+FFFD is a replacement, so the text without them re-encodes to the valid bytes alone.
        const valid = new TextEncoder().encode(new TextDecoder().decode(input).replaceAll('\ufffd', ''));
        expect(scanUtf8(input).invalidBytes).toBe(input.length - valid.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads k ≤ 5 inserted 0xFF bytes as UTF-8, reports exactly k and the first line, and loses nothing else', () => {
    fc.assert(
      fc.property(TEXT, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), (text, picks) => {
        const bounds = charBoundaries(text);
        const chars = [...text];
        // Character indices where a 0xFF goes in front (repeats allowed: two bytes in a row).
        const at = picks.map((pick) => pick % (chars.length + 1)).sort((a, b) => a - b);
        const bytes = utf8(text);
        const parts: number[] = [];
        let next = 0;
        for (let c = 0; c <= chars.length; c += 1) {
          while (at[next] === c) {
            parts.push(0xff);
            next += 1;
          }
          if (c < chars.length) parts.push(...bytes.subarray(bounds[c], bounds[c + 1]));
        }
        const result = decodeCapture(Uint8Array.from(parts));
        const firstLine = chars.slice(0, at[0]).filter((char) => char === '\n').length + 1;
        expect(result).toMatchObject({
          ok: true,
          encoding: 'utf-8',
          warnings: [invalidBytesWarning(picks.length, firstLine)],
        });
        if (!result.ok) return;
        expect([...result.text].filter((char) => char === '\ufffd')).toHaveLength(picks.length);
        expect(result.text.replaceAll('\ufffd', '')).toBe(text);
      }),
    );
  });

  it('reads k ≤ 5 bytes overwritten with any values as UTF-8, reporting at most 4k bad bytes', () => {
    const damage = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(TEXT, damage, (text, edits) => {
        const bytes = utf8(text);
        for (const [pick, value] of edits) bytes[pick % bytes.length] = value;
        const result = decodeCapture(bytes);
        expect(result).toMatchObject({ ok: true, encoding: 'utf-8' });
        if (!result.ok) return;
        const reported = /^(\d+) invalid bytes? replaced, first at line \d+\.$/u.exec(
          result.warnings[0] ?? '',
        );
        // One overwritten byte spoils at most the character it was in: four bytes.
        const count = reported === null ? 0 : Number(reported[1]);
        expect(count).toBeLessThanOrEqual(4 * edits.length);
        expect(result.warnings).toHaveLength(reported === null ? 0 : 1);
        if (count === 0) expect(result.text).not.toContain('\ufffd');
      }),
    );
  });

  it('reads the full portal page in Windows-1256 as Windows-1256 whatever its line endings', () => {
    const page = new TextDecoder().decode(readSeed('004_ad664b81d537d098.txt'));
    for (const text of [page, page.replace(/\n/gu, '\r\n')]) {
      expect(decodeCapture(windows1256(text))).toMatchObject({
        ok: true,
        encoding: 'windows-1256',
        warnings: [LEGACY_ARABIC_WARNING],
      });
    }
  });
});
