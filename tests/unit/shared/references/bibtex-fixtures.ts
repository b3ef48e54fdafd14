import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../../../fixtures/references/bibtex/', import.meta.url);

/** A hand-written BibTeX file from tests/fixtures/references/bibtex. */
export function readBibtexFixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}
