import { describe, expect, it } from 'vitest';
import { parseCslJson } from '../../../../shared/references/csl-json';
import { expectSpansHold, fixtureText, spanTexts } from './fixtures';

describe('parseCslJson on a Zotero export', () => {
  const text = fixtureText('csl-json/zotero.json');
  const { records, warnings } = parseCslJson(text);

  it('reads each item, its span being the item in the file', () => {
    expect(warnings).toEqual([]);
    expect(records.map((record) => [record.role, record.line])).toEqual([
      ['entry', 2],
      ['entry', 53],
      ['entry', 82],
    ]);
    const items = spanTexts(text, records).map((span) => JSON.parse(span) as { title: string });
    expect(items.map((item) => item.title)).toEqual([
      'Aging in a driven Ising spin glass',
      'Groomed jet mass at NLL',
      'Deep Learning',
    ]);
    expectSpansHold(text, records);
  });

  it('maps a journal article: particles and suffixes in names, date parts as strings, other fields as text', () => {
    expect(records[0]).toMatchObject({
      title: 'Aging in a driven Ising spin glass',
      authors: ['Hélène Dupont', 'Ludwig van Beethoven', 'Martin King Jr.'],
      year: 2019,
      text: 'We measure the relaxation of a driven spin glass and find aging exponents between 0.2 and 0.3, with $T_c = 1.8$ K.\nA replica calculation reproduces the trend.',
      doi: '10.1103/physreve.100.012345',
      url: 'https://link.aps.org/doi/10.1103/PhysRevE.100.012345',
      venue: 'Physical Review E',
      type: 'article-journal',
      citationKey: null,
      language: 'en',
      keywords: [],
    });
    expect(records[0]?.fields).toEqual({
      id: 'http://zotero.org/users/local/kX4Tqz1b/items/8QK2ZJ4N',
      issn: '2470-0045',
      issue: '1',
      journalabbreviation: 'Phys. Rev. E',
      note: 'Publisher: American Physical Society',
      page: '012345',
      source: 'APS',
      volume: '100',
      accessed: '2023-04-02',
    });
  });

  it('maps a preprint: a literal author, a dropping particle, the arXiv id from its link', () => {
    expect(records[1]).toMatchObject({
      authors: ['The CMS Collaboration', 'Charles de Gaulle'],
      arxiv: '1905.01234',
      doi: null,
      type: 'article',
      year: 2019,
      text: 'Jet substructure observables are computed to next-to-leading logarithmic accuracy; the "groomed" mass agrees with data within 5%.',
    });
    expect(records[1]?.fields).toMatchObject({ number: 'arXiv:1905.01234', publisher: 'arXiv' });
  });

  it('keeps a book without an abstract, its editors as names', () => {
    expect(records[2]).toMatchObject({ title: 'Deep Learning', text: '', year: 2016, type: 'book', venue: null });
    expect(records[2]?.authors).toEqual(['Ian Goodfellow', 'Yoshua Bengio']);
    expect(records[2]?.fields).toMatchObject({
      editor: 'Anne Smith',
      isbn: '978-0-262-03561-3',
      publisher: 'MIT Press',
      'publisher-place': 'Cambridge',
    });
  });
});

describe('parseCslJson on a Better BibTeX export', () => {
  const text = fixtureText('csl-json/better-bibtex.json');
  const { records, warnings } = parseCslJson(text);

  it('takes the citation key and the keywords, and a year from a raw date', () => {
    expect(warnings).toEqual([]);
    expect(records[0]).toMatchObject({
      title: 'Minimax rates on manifolds',
      authors: ['Jürgen Schröder', 'Mei Ng'],
      year: 2020,
      citationKey: 'schroder2020minimax',
      doi: '10.1214/19-aos1234',
      venue: 'The Annals of Statistics',
      keywords: ['manifold learning', 'minimax rates', 'nonparametric regression'],
      tags: ['manifold learning', 'minimax rates', 'nonparametric regression'],
      line: 2,
    });
    expect(records[0]?.fields).toEqual({ issue: '3', page: '1450–1477', volume: '48' });
    expect(records[1]).toMatchObject({ citationKey: 'ng2018note', year: 2018, type: 'manuscript', line: 34 });
    expectSpansHold(text, records);
  });
});

describe('parseCslJson on other shapes', () => {
  it('reads a single item object', () => {
    const { records } = parseCslJson('{"title": "Solo", "type": "book", "id": "solo1999", "issued": {"literal": "Spring 1999"}}');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ title: 'Solo', citationKey: 'solo1999', year: 1999, line: 1, span: { start: 0 } });
  });

  it('keeps a type that is not a CSL type in the fields, and a numeric id too', () => {
    const { records } = parseCslJson('[{"title": "T", "type": "journalArticle", "id": 42, "keyword": "a; b, c"}]');
    expect(records[0]).toMatchObject({ type: null, citationKey: null, keywords: ['a', 'b, c'] });
    expect(records[0]?.fields).toEqual({ type: 'journalArticle', id: '42' });
  });

  it('warns about an item that is not an object or has neither title nor abstract, naming its line', () => {
    const text = '[\n  {"title": "Kept"},\n  "a string",\n  {"type": "book",\n   "author": [{"family": "Ng"}]}\n]';
    const { records, warnings } = parseCslJson(text);
    expect(records.map((record) => record.title)).toEqual(['Kept']);
    expect(warnings).toEqual([
      'Line 3: item 2 is not a CSL item (a JSON object) and was skipped.',
      'Line 4: item 3 has neither a title nor an abstract and was skipped.',
    ]);
  });

  it('reads no record from invalid JSON, and says where the error is', () => {
    const trailingComma = '[\n  {"title": "A"},\n  {"title": "B",}\n]';
    expect(parseCslJson(trailingComma).records).toEqual([]);
    expect(parseCslJson(trailingComma).warnings).toHaveLength(1);
    expect(parseCslJson(trailingComma).warnings[0]).toMatch(/^Line 3, column 17: this is not valid JSON \(.+\)\.$/u);

    const badLiteral = '[\n {"title": tru}\n]';
    expect(parseCslJson(badLiteral).warnings[0]).toMatch(/^Line 2, column 15: this is not valid JSON/u);

    const longBadLiteral = `[\n${'  {"title": "A long enough title"},\n'.repeat(20)}  {"title": "B", "x": nul}\n]`;
    expect(parseCslJson(longBadLiteral).warnings[0]).toMatch(/^Line 22, column 26: this is not valid JSON/u);

    expect(parseCslJson('[{"title": "A"}').warnings[0]).toMatch(/^Line 1, column 16: this is not valid JSON/u);
  });
});
