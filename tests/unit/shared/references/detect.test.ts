import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../../../shared/capture/decode';
import { detectReferenceFormat } from '../../../../shared/references/detect';
import { fixtureText } from './fixtures';

const ROOT = new URL('../../../../', import.meta.url);

function decoded(url: URL): string {
  const result = decodeCapture(new Uint8Array(readFileSync(url)));
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

describe('detectReferenceFormat on reference files', () => {
  it.each([
    ['ris/scopus.ris', 'ris'],
    ['ris/pubmed.ris', 'ris'],
    ['ris/zotero.ris', 'ris'],
    ['csl-json/zotero.json', 'csl-json'],
    ['csl-json/better-bibtex.json', 'csl-json'],
    ['csv/asreview.csv', 'csv'],
    ['csv/rayyan.csv', 'csv'],
    ['bibtex/mendeley.bib', 'bibtex'],
  ])('%s is %s', (path, format) => {
    expect(detectReferenceFormat(fixtureText(path))).toBe(format);
  });

  it('reads BibTeX after blank lines, % comments and a stray byte-order mark', () => {
    expect(detectReferenceFormat('@article{key,\n title = {T}\n}')).toBe('bibtex');
    expect(detectReferenceFormat('\n% Encoding: UTF-8\n\n@Book( key, title = "T")')).toBe('bibtex');
    expect(detectReferenceFormat('ï»¿%% Created using BibDesk.\n@string{jmlr = "JMLR"}\n')).toBe('bibtex');
    expect(detectReferenceFormat('\uFEFF@ARTICLE {key,}')).toBe('bibtex');
    expect(detectReferenceFormat('This file was created with JabRef 2.10.\nEncoding: UTF8\n\n@Article{key,}')).toBe('bibtex');
    expect(detectReferenceFormat('This post explains BibTeX.\n@article{key, title = {T}}')).toBeNull();
  });

  it('reads RIS whose first record comes after a few header lines', () => {
    expect(detectReferenceFormat('Provider: A database\nContent: text/plain\n\nTY  - JOUR\nTI  - T\nER  - ')).toBe('ris');
    expect(detectReferenceFormat('TY  -\nER  -')).toBe('ris');
  });

  it('reads JSON as CSL-JSON only when its items carry CSL keys; broken JSON written with them too', () => {
    expect(detectReferenceFormat('{"type": "book", "title": "T"}')).toBe('csl-json');
    expect(detectReferenceFormat('[{"id": "a", "type": "book"}]')).toBe('csl-json');
    expect(detectReferenceFormat('[\n {"title": "A", "type": "book",}\n]')).toBe('csl-json');
    expect(detectReferenceFormat('{"name": "lectern", "version": "1.0.0"}')).toBeNull();
    expect(detectReferenceFormat('[1, 2, 3]')).toBeNull();
  });

  it('reads CSV with a named title or abstract column and rows as wide as the header', () => {
    expect(detectReferenceFormat('Title,Authors\nA,B\n')).toBe('csv');
    expect(detectReferenceFormat('AU\tTI\tPY\nSmith, J\tT\t2019\n')).toBe('csv');
    expect(detectReferenceFormat('Abstract Note;Year\n"x";2019\n')).toBe('csv');
    expect(detectReferenceFormat('title\nonly one column\n')).toBeNull();
    expect(detectReferenceFormat('name,size\nx,1\n')).toBeNull();
  });
});

describe('detectReferenceFormat leaves web-page captures alone', () => {
  const seeds = readdirSync(new URL('seeds/', ROOT)).filter((name) => name.endsWith('.txt'));
  const fixtures = readdirSync(new URL('tests/unit/shared/capture/fixtures/', ROOT));

  it('has the five seeds and the capture fixtures to check', () => {
    expect(seeds).toHaveLength(5);
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });

  it.each(seeds)('seed %s is a capture', (name) => {
    expect(detectReferenceFormat(decoded(new URL(`seeds/${name}`, ROOT)))).toBeNull();
  });

  it.each(fixtures)('capture fixture %s is a capture', (name) => {
    expect(detectReferenceFormat(decoded(new URL(`tests/unit/shared/capture/fixtures/${name}`, ROOT)))).toBeNull();
  });

  it('is not fooled by an @, commas, a bracket or a "Title:" line in prose', () => {
    const captures = [
      'Follow @lectern{beta} for updates.\nWe study learning, memory, and sleep.',
      'Title, abstract and keywords of every paper are indexed.\nWe show that indexing, as done here, is fast.',
      '[1] Smith, J. (2019). A paper.\n[2] Doe, A. (2020). Another, longer paper.',
      '{"title": in a blog post about JSON}\nThe abstract follows.',
      'Title: Deep nets, revisited\nAbstract: We revisit deep nets.',
      'TY - JOUR is how a RIS record starts.\nThis post explains the format.',
      'Energy Propagation in Deep Networks by Thomas Wiatowski, Helmut Bölcskei\nWe study energy propagation, depth, and width.',
    ];
    for (const capture of captures) expect(detectReferenceFormat(capture), capture).toBeNull();
  });
});
