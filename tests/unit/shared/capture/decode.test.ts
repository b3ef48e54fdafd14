import { describe, expect, it } from 'vitest';
import { LEGACY_ARABIC_WARNING, decodeCapture } from '../../../../shared/capture/decode';
import { parseCapture } from '../../../../shared/capture/parse';
import { utf16, utf8, windows1256 } from './encode';
import { readSeed } from './read-fixture';

const FULL_PAGE = new TextDecoder().decode(readSeed('004_ad664b81d537d098.txt'));
const reference = parseCapture(utf8(FULL_PAGE));

/** The same records as the UTF-8 original: encoding must not change what the reader sees. */
function expectSameRecords(bytes: Uint8Array): void {
  const parsed = parseCapture(bytes);
  expect(parsed.error).toBeNull();
  expect(parsed.text).toBe(reference.text);
  expect(parsed.records).toEqual(reference.records);
}

describe('decodeCapture', () => {
  it('reads UTF-8 without a BOM, and leaves the U+FEFB ligature that opens compact pages alone', () => {
    const result = decodeCapture(readSeed('000_9dbf7397c9f611e8.txt'));
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8' });
    if (result.ok) expect(result.text.startsWith('\ufefb يوجد ملخص')).toBe(true);
  });

  it('reads UTF-8 with a BOM and removes the BOM', () => {
    const result = decodeCapture(utf8('Abstract text.', true));
    expect(result).toEqual({ ok: true, encoding: 'utf-8-bom', text: 'Abstract text.', warnings: [] });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeCapture(utf16('نص عربي\nEnglish', 'le'))).toEqual({
      ok: true,
      encoding: 'utf-16le',
      text: 'نص عربي\nEnglish',
      warnings: [],
    });
    expect(decodeCapture(utf16('نص عربي\nEnglish', 'be'))).toEqual({
      ok: true,
      encoding: 'utf-16be',
      text: 'نص عربي\nEnglish',
      warnings: [],
    });
  });

  it('recognises mostly-Latin UTF-16 without a BOM instead of calling it binary', () => {
    expect(decodeCapture(utf16('We study deep networks.', 'le', false))).toMatchObject({
      ok: true,
      encoding: 'utf-16le',
    });
    expect(decodeCapture(utf16('We study deep networks.', 'be', false))).toMatchObject({
      ok: true,
      encoding: 'utf-16be',
    });
  });

  it('reads Windows-1256 when the bytes fit it and not UTF-8, and says so', () => {
    expect(decodeCapture(windows1256('اقرأ أيضاً\nRead also'))).toEqual({
      ok: true,
      encoding: 'windows-1256',
      text: 'اقرأ أيضاً\nRead also',
      warnings: [LEGACY_ARABIC_WARNING],
    });
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeCapture(utf8('one\r\ntwo\rthree\n'))).toEqual({
      ok: true,
      encoding: 'utf-8',
      text: 'one\ntwo\nthree\n',
      warnings: [],
    });
  });

  it('refuses empty, blank and binary input with a one-sentence reason', () => {
    expect(decodeCapture(new Uint8Array())).toEqual({ ok: false, error: 'The file is empty.' });
    expect(decodeCapture(utf8(' \n\t\r\n'))).toEqual({
      ok: false,
      error: 'The file contains only blank space, no text.',
    });
    expect(
      decodeCapture(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])),
    ).toEqual({
      ok: false,
      error: 'The file looks binary (it contains NUL bytes), not a text capture.',
    });
    const noise = Uint8Array.from({ length: 400 }, (_, i) => 1 + ((i * 37) % 31));
    expect(decodeCapture(noise)).toEqual({
      ok: false,
      error: 'The file looks binary (it is mostly control characters), not a text capture.',
    });
  });
});

describe('parseCapture on re-encoded copies of the full portal page', () => {
  it('gives the same records from UTF-8 with a BOM', () => {
    expectSameRecords(utf8(FULL_PAGE, true));
  });

  it('gives the same records from UTF-16 LE and BE', () => {
    expectSameRecords(utf16(FULL_PAGE, 'le'));
    expectSameRecords(utf16(FULL_PAGE, 'be'));
  });

  it('gives the same records from Windows-1256, with a warning naming the encoding', () => {
    const parsed = parseCapture(windows1256(FULL_PAGE));
    expect(parsed.encoding).toBe('windows-1256');
    expect(parsed.warnings[0]).toBe(LEGACY_ARABIC_WARNING);
    expectSameRecords(windows1256(FULL_PAGE));
  });

  it('gives the same records, spans included, from CRLF line endings', () => {
    expectSameRecords(utf8(FULL_PAGE.replace(/\n/gu, '\r\n')));
  });

  it('reports empty or binary files as an error with no records', () => {
    for (const bytes of [new Uint8Array(), new Uint8Array([0, 1, 2, 3, 0, 0, 255])]) {
      const parsed = parseCapture(bytes);
      expect(parsed.error).toMatch(/^The file (is empty|looks binary)/u);
      expect(parsed.encoding).toBeNull();
      expect(parsed.records).toEqual([]);
    }
  });
});
