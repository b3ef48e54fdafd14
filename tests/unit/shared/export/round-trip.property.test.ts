import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeBibtex } from '../../../../shared/export/bibtex/write-bibtex';
import { writeCslJson } from '../../../../shared/export/csl-json/write-csl-json';
import { writeRis } from '../../../../shared/export/ris/write-ris';
import type { ExportEntry } from '../../../../shared/export/types';
import { parseImportFile } from '../../../../shared/import/parse-file';
import { exportEntries } from '../../support/export-entry-arbitrary';
import { validateCslJson } from './csl-schema';

const RUNS = 300;

/** What a fresh library keeps of an entry: the values an export must carry to another library and back. */
function kept(entry: ExportEntry) {
  return {
    citationKey: entry.citationKey,
    title: entry.title,
    authors: entry.authors,
    year: entry.year,
    abstract: entry.abstract,
    doi: entry.doi,
    arxiv: entry.arxiv,
    url: entry.url,
    venue: entry.venue,
    tags: [...entry.tags].sort(),
  };
}

function readBack(file: string) {
  const parsed = parseImportFile(new TextEncoder().encode(file));
  expect(parsed.error).toBeNull();
  expect(parsed.warnings).toEqual([]);
  return parsed.records.map((record) => ({
    citationKey: record.citationKey,
    title: record.title,
    authors: record.authors,
    year: record.year,
    abstract: record.text,
    doi: record.doi,
    arxiv: record.arxiv,
    url: record.url,
    venue: record.venue,
    tags: [...record.tags].sort(),
  }));
}

describe('an export read into a fresh library gives back what was written', () => {
  it.each([
    ['BibTeX', (entries: readonly ExportEntry[]) => writeBibtex(entries, 'bibtex')],
    ['BibLaTeX', (entries: readonly ExportEntry[]) => writeBibtex(entries, 'biblatex')],
    ['CSL-JSON', writeCslJson],
    ['RIS', writeRis],
  ] as const)('%s', (_format, write) => {
    fc.assert(
      fc.property(exportEntries, (entries) => {
        expect(readBack(write(entries))).toEqual(entries.map(kept));
      }),
      { numRuns: RUNS },
    );
  });

  it('CSL-JSON output is valid against the CSL-JSON schema', () => {
    fc.assert(
      fc.property(exportEntries, (entries) => {
        expect(validateCslJson(JSON.parse(writeCslJson(entries)))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
