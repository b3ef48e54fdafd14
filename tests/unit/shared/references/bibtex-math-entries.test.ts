import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../../shared/references/bibtex';

// Entries with math (or bare percent signs) are read in a parse of their own; these check that nothing
// is lost between the two: order, lines, crossref, @string, groups and warnings.
describe('entries read apart for their math', () => {
  it('keeps file order and lines across entries with and without math', () => {
    const text = [
      '@misc{a, title = {A}}',
      '@misc{b, title = {$B$}}',
      '',
      '@misc{c, title = {C}}',
      '@misc{d, title = {50% D}}',
    ].join('\n');
    const result = parseBibtex(text);
    expect(result.records.map((record) => [record.citationKey, record.title, record.line])).toEqual([
      ['a', 'A', 1],
      ['b', '$B$', 2],
      ['c', 'C', 4],
      ['d', '50% D', 5],
    ]);
    for (const record of result.records)
      expect(text.slice(record.span.start, record.span.end)).toMatch(/^@misc\{.*\}$/u);
  });

  it('expands @string macros in entries with math', () => {
    const text = '@string{jml = {Journal of ML}}\n@article{k, title = {On $\\alpha$}, journal = jml}';
    expect(parseBibtex(text).records[0]).toMatchObject({ title: 'On $\\alpha$', venue: 'Journal of ML' });
  });

  it('applies crossref (BibLaTeX: a proceedings’ title is its papers’ booktitle) across entries with and without math', () => {
    const text = [
      '@inproceedings{child, title = {On $\\alpha$}, crossref = {proc}}',
      '@inproceedings{plain, title = {Plain}, crossref = {mathproc}}',
      '@proceedings{proc, title = {Proceedings}, booktitle = {Proceedings}, year = 2020, publisher = {ACM}}',
      '@proceedings{mathproc, title = {On $\\beta$}, year = 2021}',
    ].join('\n');
    const records = parseBibtex(text).records;
    expect(records.map((record) => [record.citationKey, record.title, record.venue, record.year])).toEqual([
      ['child', 'On $\\alpha$', 'Proceedings', 2020],
      ['plain', 'Plain', 'On β', 2021],
      ['proc', 'Proceedings', null, 2020],
      ['mathproc', 'On $\\beta$', null, 2021],
    ]);
    expect(records[0]?.fields.publisher).toBe('ACM');
  });

  it('files entries with math under their JabRef groups', () => {
    const text = [
      '@misc{k, title = {On $\\alpha$}}',
      '@comment{jabref-meta: groupstree:',
      '0 AllEntriesGroup:;',
      '1 ExplicitGroup:theory\\;0\\;k\\;;',
      '}',
    ].join('\n');
    expect(parseBibtex(text).records[0]?.tags).toEqual(['theory']);
  });

  it('turns math into Unicode outside title and abstract, and keeps it as written in verbatim fields', () => {
    const record = parseBibtex(
      '@misc{k, title = {On $\\alpha$}, note = {See $\\beta$ and $x^2$}, booktitle = {Proc. of $\\gamma$}, ' +
        'url = {https://x.org/$a$}, author = {{The $\\delta$ Group}}}',
    ).records[0];
    expect(record).toMatchObject({
      title: 'On $\\alpha$',
      venue: 'Proc. of γ',
      url: 'https://x.org/$a$',
      authors: ['The δ Group'],
    });
    expect(record?.fields.note).toBe('See β and x²');
  });

  it('warns about a broken entry with math on its own line, and reads the entries after it', () => {
    const text = [
      '@misc{a, title = {A}}',
      '@misc{bad, title = {On $\\alpha$, year = 2020}',
      '@misc{c, title = {C $x$}}',
      '@misc{d, title = {D}}',
    ].join('\n');
    const result = parseBibtex(text);
    expect(result.records.map((record) => record.citationKey)).toEqual(['a', 'c', 'd']);
    expect(result.warnings).toEqual([
      'Line 2: the entry “bad” could not be read (a comma or the closing brace is missing after a value).',
    ]);
  });

  it('reads two entries written on one line together, with and without math', () => {
    const result = parseBibtex('@misc{a, title = {$A$}} @misc{b, title = {B}}\n@misc{c, title = {C}}');
    expect(result.records.map((record) => [record.citationKey, record.title])).toEqual([
      ['a', '$A$'],
      ['b', 'B'],
      ['c', 'C'],
    ]);
  });
});
