import { readFileSync } from 'node:fs';

const FIXTURE_DIR = new URL('../../../fixtures/references/bibtex/', import.meta.url);

/** A hand-written BibTeX file from tests/fixtures/references/bibtex. */
export function readBibtexFixture(name: string): string {
  return readFileSync(new URL(name, FIXTURE_DIR), 'utf8');
}

/** Every hand-written BibTeX fixture, one after the other: the base the property tests damage. */
export const ALL_BIBTEX_FIXTURES = ['zotero-better-bibtex.bib', 'jabref-5.bib', 'mendeley.bib', 'bibdesk.bib', 'biblatex.bib', 'broken.bib']
  .map(readBibtexFixture)
  .join('\n');
