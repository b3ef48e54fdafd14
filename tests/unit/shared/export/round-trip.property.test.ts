import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeBibtex } from '../../../../shared/export/bibtex/write-bibtex';
import { writeCslJson } from '../../../../shared/export/csl-json/write-csl-json';
import { writeRis } from '../../../../shared/export/ris/write-ris';
import type { ExportEntry } from '../../../../shared/export/types';
import { parseImportFile } from '../../../../shared/import/parse-file';
import { exportEntries } from '../../support/export-entry-arbitrary';
import { validateCslJson } from './csl-schema';
import { keptOfRecord, keptValues } from './entry-of-record';

const RUNS = 200;

function readBack(file: string) {
  const parsed = parseImportFile(new TextEncoder().encode(file));
  expect(parsed.error).toBeNull();
  expect(parsed.warnings).toEqual([]);
  return parsed.records.map(keptOfRecord);
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
        expect(readBack(write(entries))).toEqual(entries.map(keptValues));
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
