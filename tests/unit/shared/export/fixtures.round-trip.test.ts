import { describe, expect, it } from 'vitest';
import { writeBibtex } from '../../../../shared/export/bibtex/write-bibtex';
import { writeCslJson } from '../../../../shared/export/csl-json/write-csl-json';
import { writeRis } from '../../../../shared/export/ris/write-ris';
import type { ExportEntry } from '../../../../shared/export/types';
import { parseImportFile } from '../../../../shared/import/parse-file';
import { parseBibtex } from '../../../../shared/references/bibtex';
import { parseCslJson } from '../../../../shared/references/csl-json';
import type { ReferenceReadResult } from '../../../../shared/references/record';
import { parseRis } from '../../../../shared/references/ris';
import { readSeed } from '../capture/read-fixture';
import { fixtureText } from '../references/fixtures';
import { validateCslJson } from './csl-schema';
import { entryOfRecord, keptOfRecord, keptValues } from './entry-of-record';

const REFERENCE_FILES = [
  'bibtex/bibdesk.bib',
  'bibtex/biblatex.bib',
  'bibtex/jabref-5.bib',
  'bibtex/mendeley.bib',
  'bibtex/zotero-better-bibtex.bib',
  'csl-json/better-bibtex.json',
  'csl-json/zotero.json',
  'ris/pubmed.ris',
  'ris/scopus.ris',
  'ris/zotero.ris',
];
const SEEDS = ['000_9dbf7397c9f611e8.txt', '001_8b0f8923c95d0f9f.txt', '002_5a15cb1a17bda28b.txt', '003_c604a56a4b3fcfef.txt', '004_ad664b81d537d098.txt'];
/** Each writer, and whether its format keeps a line break inside a paragraph (BibTeX and RIS read it as a space). */
const WRITERS = [
  ['BibTeX', (entries: readonly ExportEntry[]) => writeBibtex(entries, 'bibtex'), false],
  ['BibLaTeX', (entries: readonly ExportEntry[]) => writeBibtex(entries, 'biblatex'), false],
  ['CSL-JSON', writeCslJson, true],
  ['RIS', writeRis, false],
] as const;
const READERS: Record<string, (text: string) => ReferenceReadResult> = { bibtex: parseBibtex, 'csl-json': parseCslJson, ris: parseRis };

function entriesOf(bytes: Uint8Array): ExportEntry[] {
  return parseImportFile(bytes).records.map(entryOfRecord);
}

/** A fixture read by its own reader (parseImportFile takes a Mendeley file, with its header, for a capture). */
function fixtureEntries(path: string): ExportEntry[] {
  const read = READERS[path.split('/')[0] ?? ''];
  if (read === undefined) throw new Error(`No reader for ${path}`);
  return read(fixtureText(path)).records.map(entryOfRecord);
}

function withoutLineBreaks(entry: ExportEntry): ExportEntry {
  return { ...entry, abstract: entry.abstract.replace(/(?<!\n)\n(?!\n)/gu, ' ') };
}

describe('the reference files we import, exported and imported again', () => {
  for (const path of REFERENCE_FILES) {
    it.each(WRITERS)(`${path} as %s keeps every entry's values`, (_format, write, keepsLineBreaks) => {
      const entries = fixtureEntries(path);
      expect(entries.length).toBeGreaterThan(0);
      const again = parseImportFile(new TextEncoder().encode(write(entries)));
      expect(again.error).toBeNull();
      expect(again.records.map(keptOfRecord)).toEqual(entries.map((entry) => keptValues(keepsLineBreaks ? entry : withoutLineBreaks(entry))));
    });
  }
});

describe('CSL-JSON of seed-like entries is valid against the CSL-JSON schema', () => {
  it.each([...REFERENCE_FILES.map((path) => [path, () => fixtureEntries(path)] as const), ...SEEDS.map((name) => [`seeds/${name}`, () => entriesOf(readSeed(name))] as const)])(
    '%s',
    (_name, read) => {
      const entries = read();
      expect(entries.length).toBeGreaterThan(0);
      expect(validateCslJson(JSON.parse(writeCslJson(entries)))).toEqual([]);
    },
  );
});
