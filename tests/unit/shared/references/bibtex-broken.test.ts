import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../../shared/references/bibtex';
import { readBibtexFixture } from './bibtex-fixtures';

describe('a file with broken entries among good ones', () => {
  const result = parseBibtex(readBibtexFixture('broken.bib'));

  it('reads every good entry, wherever the broken ones stand', () => {
    expect(result.records.map((record) => [record.citationKey, record.title, record.line])).toEqual([
      ['good1', 'First Good Entry', 1],
      ['good2', 'Second Good Entry', 13],
      ['good3', 'Third Good Entry, by me@example.org', 23],
      ['good4', 'Fourth Good Entry', 40],
    ]);
  });

  it('warns once per broken entry, with the line it starts on, its key and the reason', () => {
    expect(result.warnings).toEqual([
      'Line 7: the entry “smith2020” could not be read (a value is not closed).',
      'Line 18: the entry “missingcomma” could not be read (a comma or the closing brace is missing after a value).',
      'Line 28: the entry “noequals” could not be read (a field name is not followed by “=”).',
      'Line 32: the entry “dollar” could not be read (a “$” math formula is not closed).',
      'Line 36: the entry “nobrace” could not be read (its type is not followed by “{”).',
      'Line 45: the entry “quoted” could not be read (a quoted value is not closed).',
    ]);
  });
});

describe('damage outside entries', () => {
  it('takes a stray "@" in text between entries (an e-mail address) for no entry', () => {
    const result = parseBibtex('Contact: maria@example.org\n\n@misc{a, title = {A}}\n');
    expect(result.records.map((record) => record.title)).toEqual(['A']);
    expect(result.warnings).toEqual([]);
  });

  it('names an entry without a key as “an entry”', () => {
    const result = parseBibtex('@misc{b, title = {B}}\n@article{title = {No Key}, year = {2020\n');
    expect(result.records.map((record) => record.citationKey)).toEqual(['b']);
    expect(result.warnings).toEqual(['Line 2: an entry could not be read (a value is not closed).']);
  });

  it('reads the entries of a file whose JabRef group tree is damaged, and says the groups were lost', () => {
    const text = [
      '@misc{a, title = {A}, groups = {theory}}',
      '@comment{jabref-meta: grouping:',
      '0 llEntriesGroup:;',
      '1 StaticGroup:theory\\;0\\;1\\;\\;\\;\\;;',
      '}',
    ].join('\n');
    const result = parseBibtex(text);
    expect(result.records.map((record) => [record.title, record.tags])).toEqual([['A', ['theory']]]);
    expect(result.warnings).toEqual([
      'The JabRef groups could not be read (their @comment is damaged); the entries were read without them.',
    ]);
  });

  it('reads nothing, and says so, from text that is no BibTeX', () => {
    expect(parseBibtex('')).toEqual({ records: [], warnings: [] });
    expect(parseBibtex('Just some notes.\nNo entries here.')).toEqual({ records: [], warnings: [] });
  });
});
