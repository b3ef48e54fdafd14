import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../../shared/references/bibtex';
import { mergeParallelReads, parallelParts } from '../../../../shared/references/bibtex/parallel-parts';
import { syntheticBibtex } from '../../../../scripts/fixtures/synthetic-bibtex';
import { readBibtexFixture } from './bibtex-fixtures';

/** The file read in its two parts, merged; null when it is not split. */
function readInParts(text: string): ReturnType<typeof parseBibtex> | null {
  const parts = parallelParts(text, 0);
  if (parts === null) return null;
  return mergeParallelReads(parseBibtex(parts[0]), parseBibtex(parts[1]));
}

describe('reading a BibTeX file in two parts', () => {
  it('gives the records and warnings of one parse, spans and lines included', () => {
    const text = syntheticBibtex(100, 3);
    const whole = parseBibtex(text);
    const inParts = readInParts(text);
    expect(inParts).not.toBeNull();
    expect(inParts).toEqual(whole);
    expect(whole.records).toHaveLength(100);
  });

  it('keeps each part the length and the lines of the file, the other half blanked', () => {
    const text = syntheticBibtex(50, 5);
    const parts = parallelParts(text, 0);
    expect(parts).not.toBeNull();
    for (const part of parts ?? []) {
      expect(part).toHaveLength(text.length);
      expect(part.split('\n')).toHaveLength(text.split('\n').length);
      expect(part).toContain('@string{jmlr');
    }
    expect(parts?.[0]).toContain('@article{');
    expect(parts?.[1]).toContain('@article{');
  });

  it('reads each hand-written fixture the same in parts', () => {
    for (const name of ['zotero-better-bibtex.bib', 'mendeley.bib', 'bibdesk.bib', 'biblatex.bib', 'broken.bib']) {
      const text = readBibtexFixture(name);
      const inParts = readInParts(text);
      if (inParts !== null) expect(inParts, name).toEqual(parseBibtex(text));
    }
  });

  it('reads JabRef groups into the entries of both parts', () => {
    const text = readBibtexFixture('zotero-better-bibtex.bib');
    const inParts = readInParts(text);
    expect(inParts).not.toBeNull();
    expect(inParts?.records.flatMap((record) => record.tags)).toEqual(parseBibtex(text).records.flatMap((record) => record.tags));
  });

  it('does not split a file whose entries inherit from others', () => {
    expect(parallelParts(readBibtexFixture('jabref-5.bib'), 0)).toBeNull();
  });

  it('does not split inside an entry at a line that starts like one', () => {
    const entry = (key: string, abstract: string): string => `@article{${key},\n  title = {T ${key}},\n  abstract = {${abstract}}\n}\n`;
    const inner = 'a line that looks like an entry:\n@article{fake,\n  still the abstract';
    const text = [entry('a', 'one'), entry('b', 'two'), entry('c', inner), entry('d', 'four'), entry('e', 'five')].join('\n');
    const parts = parallelParts(text, 0);
    expect(parts).not.toBeNull();
    expect(parts?.[1]).not.toMatch(/^ +still the abstract/mu);
    expect(readInParts(text)).toEqual(parseBibtex(text));
  });
});
