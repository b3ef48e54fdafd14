import { describe, expect, it } from 'vitest';
import { LEGACY_ARABIC_WARNING } from '../../../../shared/capture/decode';
import { parseCapture } from '../../../../shared/capture/parse';
import { parseImportFile } from '../../../../shared/import/parse-file';
import { WESTERN_WARNING } from '../../../../shared/import/western-decode';
import { decodeWindows1252 } from '../../../../shared/import/windows-1252';
import { utf16, utf8, windows1256 } from '../capture/encode';
import { readSeed } from '../capture/read-fixture';
import { fixtureBytes } from './fixtures';

/** Windows-1252 bytes, from the decoder's own table in reverse. */
function windows1252(text: string): Uint8Array {
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) table.set(decodeWindows1252(new Uint8Array([byte])), byte);
  return Uint8Array.from([...text], (char) => table.get(char) ?? 0x3f);
}

describe('parseImportFile picks the reader by content', () => {
  it.each([
    ['ris/pubmed.ris', 'ris', 2],
    ['csl-json/zotero.json', 'csl-json', 3],
    ['csv/rayyan.csv', 'csv', 2],
  ] as const)('%s is read as %s', (path, layout, count) => {
    const parsed = parseImportFile(fixtureBytes(path));
    expect(parsed).toMatchObject({ layout, encoding: 'utf-8', error: null });
    expect(parsed.records).toHaveLength(count);
    expect(parsed.records.every((record) => record.role === 'entry')).toBe(true);
  });

  it('reads a capture exactly as parseCapture does', () => {
    for (const name of ['002_5a15cb1a17bda28b.txt', '004_ad664b81d537d098.txt']) {
      expect(parseImportFile(readSeed(name))).toEqual(parseCapture(readSeed(name)));
    }
  });

  it('reads UTF-16 reference files like captures', () => {
    const parsed = parseImportFile(utf16('TY  - JOUR\nTI  - Über Größe\nER  - \n', 'le'));
    expect(parsed).toMatchObject({ layout: 'ris', encoding: 'utf-16le', warnings: [] });
    expect(parsed.records[0]?.title).toBe('Über Größe');
  });

  it('says why a reference file gave nothing, naming the format and the first problem', () => {
    expect(parseImportFile(utf8('TY  - JOUR\nPY  - 2001\nER  - \n'))).toMatchObject({
      layout: 'ris',
      records: [],
      error: 'No reference could be read from this RIS file (Line 1: the record has neither a title nor an abstract and was skipped).',
    });
    expect(parseImportFile(utf8('[\n {"title": "A", "type": "book",}\n]')).error).toMatch(
      /^No reference could be read from this CSL-JSON file \(Line 2, column 32: this is not valid JSON \(.+\)\)\.$/u,
    );
    expect(parseImportFile(utf8('Title,Abstract\n')).error).toBe(
      'No reference could be read from this CSV file: it holds no entries.',
    );
  });

  it('keeps the decoder\'s errors for empty or binary files', () => {
    expect(parseImportFile(new Uint8Array())).toMatchObject({ encoding: null, layout: 'unknown', error: 'The file is empty.' });
    expect(parseImportFile(new Uint8Array([0, 1, 2, 0, 0, 7])).error).toMatch(/binary/u);
  });
});

describe('decodeWindows1252', () => {
  it('reads 0x80 to 0x9F as Windows-1252, not as Latin-1 controls', () => {
    expect(decodeWindows1252(new Uint8Array([0x93, 0x96, 0x94, 0x80, 0x85, 0x8c, 0x9f, 0x81]))).toBe('“–”€…ŒŸ\u0081');
    expect(decodeWindows1252(new Uint8Array([0x41, 0xe9, 0xfc, 0xa0, 0xff]))).toBe('Aéü\u00a0ÿ');
  });

  it('decodes long input in pieces', () => {
    expect(decodeWindows1252(new Uint8Array(20_000).fill(0x96))).toBe('–'.repeat(20_000));
  });
});

describe('parseImportFile reads non-UTF-8 reference files as Windows-1252', () => {
  it('decodes the Windows-1252 .bib fixture (é, ü, –, “ ”)', () => {
    const parsed = parseImportFile(fixtureBytes('bibtex/western-1252.bib'));
    expect(parsed.layout).toBe('bibtex');
    expect(parsed.encoding).toBe('windows-1252');
    expect(parsed.warnings[0]).toBe(WESTERN_WARNING);
    expect(parsed.text).toContain('author  = {Müller, André and González, María}');
    expect(parsed.text).toContain('title   = {Café culture – a “quiet” revolution}');
    expect(parsed.text).toContain('journal = {Société ü}');
  });

  it('reads RIS with accents Windows-1256 would read as Latin too (é, ü), and with ones it would not (ö, ñ)', () => {
    for (const title of ['Café – “naïve” über', 'Schröder, Muñoz: Größe']) {
      const parsed = parseImportFile(windows1252(`TY  - JOUR\nTI  - ${title}\nER  - \n`));
      expect(parsed).toMatchObject({ layout: 'ris', encoding: 'windows-1252', warnings: [WESTERN_WARNING], error: null });
      expect(parsed.records[0]?.title).toBe(title);
    }
  });

  it('reads a CSV export from an old spreadsheet', () => {
    const parsed = parseImportFile(windows1252('Title;Authors\n“Élan” vital;Bergson, Henri\n'));
    expect(parsed).toMatchObject({ layout: 'csv', encoding: 'windows-1252' });
    expect(parsed.records[0]).toMatchObject({ title: '“Élan” vital', authors: ['Henri Bergson'] });
  });

  it('keeps UTF-8 files UTF-8, and Windows-1256 for captures (Arabic pages)', () => {
    expect(parseImportFile(utf8('TY  - JOUR\nTI  - Größe\nER  - \n', true))).toMatchObject({ encoding: 'utf-8-bom', warnings: [] });
    const arabic = parseImportFile(windows1256('اقرأ أيضاً\nWe show that a network learns simple functions first, then more complex ones.'));
    expect(arabic).toMatchObject({ encoding: 'windows-1256', warnings: [LEGACY_ARABIC_WARNING] });
  });
});
