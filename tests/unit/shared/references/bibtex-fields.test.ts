import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../../shared/references/bibtex';
import { readOne } from './bibtex-one-entry';

function authors(value: string): string[] {
  return readOne(`@article{k, title = {T}, author = {${value}}}`).authors;
}

describe('names', () => {
  it('writes each person as Given particle Family Suffix', () => {
    expect(
      authors('van der Berg, Jan and Jan van der Berg and Smith, Jr., John and Knuth, Donald E.'),
    ).toEqual(['Jan van der Berg', 'John Smith Jr.', 'Donald E. Knuth']);
    expect(
      authors("de la Vall{\\'e}e Poussin, Charles and Ludwig van Beethoven and J.~R.~R. Tolkien"),
    ).toEqual(['Charles de la Vallée Poussin', 'Ludwig van Beethoven', 'J. R. R. Tolkien']);
  });

  it('keeps a braced institution whole, even with "and" or a comma inside', () => {
    expect(authors('{Barnes and Noble, Inc.} and {The LIGO Scientific Collaboration}')).toEqual([
      'Barnes and Noble, Inc.',
      'The LIGO Scientific Collaboration',
    ]);
  });

  it('drops "and others" (et al.)', () => {
    expect(authors('Smith, John and others')).toEqual(['John Smith']);
  });

  it('leaves the authors empty for an edited work, its editors kept in fields.editor', () => {
    const record = readOne('@book{k, title = {T}, editor = {Doe, Jane and van Dyke, Dick and others}}');
    expect(record.authors).toEqual([]);
    expect(record.fields.editor).toBe('Jane Doe; Dick van Dyke');
  });

  it('keeps other people (translators, book authors) as names joined with "; "', () => {
    const record = readOne(
      '@book{k, title = {T}, author = {Tolstoy, Leo}, translator = {Maude, Louise and Maude, Aylmer}}',
    );
    expect(record.fields.translator).toBe('Louise Maude; Aylmer Maude');
  });
});

describe('years', () => {
  function year(fields: string): number | null {
    return readOne(`@article{k, title = {T}, ${fields}}`).year;
  }

  it('reads year, else BibLaTeX date, else none', () => {
    expect(year('year = 2020')).toBe(2020);
    expect(year('date = {2020-05-01}')).toBe(2020);
    expect(year('date = {2019/2021}')).toBe(2019);
    expect(year('note = {undated}')).toBeNull();
  });

  it('keeps a year that says more than its number among the fields', () => {
    const record = readOne('@article{k, title = {T}, year = {2020a}}');
    expect(record.year).toBe(2020);
    expect(record.fields.year).toBe('2020a');
  });
});

describe('types', () => {
  const types: [string, string][] = [
    ['article', 'article-journal'],
    ['inproceedings', 'paper-conference'],
    ['conference', 'paper-conference'],
    ['book', 'book'],
    ['mvbook', 'book'],
    ['inbook', 'chapter'],
    ['incollection', 'chapter'],
    ['phdthesis', 'thesis'],
    ['mastersthesis', 'thesis'],
    ['thesis', 'thesis'],
    ['techreport', 'report'],
    ['report', 'report'],
    ['proceedings', 'book'],
    ['online', 'webpage'],
    ['electronic', 'webpage'],
    ['www', 'webpage'],
    ['unpublished', 'manuscript'],
    ['manual', 'report'],
    ['dataset', 'dataset'],
    ['software', 'software'],
    ['misc', 'document'],
    ['artwork', 'document'],
    ['Article', 'article-journal'],
  ];
  it.each(types)('reads @%s as %s', (bibType, cslType) => {
    expect(readOne(`@${bibType}{k, title = {T}}`).type).toBe(cslType);
  });

  it('reads an arXiv preprint (@article or @misc with an arXiv id and no journal) as article', () => {
    expect(readOne('@article{k, title = {T}, eprint = {2101.00001}, archiveprefix = {arXiv}}').type).toBe(
      'article',
    );
    expect(readOne('@misc{k, title = {T}, url = {https://arxiv.org/abs/2101.00001v2}}')).toMatchObject({
      type: 'article',
      arxiv: '2101.00001',
    });
    expect(readOne('@article{k, title = {T}, journal = {arXiv preprint arXiv:1706.03762}}')).toMatchObject({
      type: 'article',
      arxiv: '1706.03762',
      venue: 'arXiv preprint arXiv:1706.03762',
    });
    expect(
      readOne('@article{k, title = {T}, journal = {Nature}, eprint = {2101.00001}, eprinttype = {arxiv}}'),
    ).toMatchObject({
      type: 'article-journal',
      arxiv: '2101.00001',
    });
  });

  it('reads no record for BibLaTeX data-only entries (@xdata, @set)', () => {
    const result = parseBibtex(
      '@xdata{shared, publisher = {P}}\n@set{s, entryset = {a}}\n@misc{a, title = {A}}',
    );
    expect(result.records.map((record) => record.citationKey)).toEqual(['a']);
  });
});

describe('identifiers, venue and other fields', () => {
  it('takes the venue from journal, journaltitle or (for papers and chapters) booktitle, never a book’s own booktitle', () => {
    expect(readOne('@article{k, title = {T}, journal = {J}}').venue).toBe('J');
    expect(readOne('@article{k, title = {T}, journaltitle = {JT}}').venue).toBe('JT');
    expect(readOne('@inproceedings{k, title = {T}, booktitle = {Proc}}').venue).toBe('Proc');
    expect(readOne('@proceedings{k, title = {Proc}, booktitle = {Proc}}')).toMatchObject({
      venue: null,
      fields: { booktitle: 'Proc' },
    });
    expect(readOne('@book{k, title = {B}, series = {LNCS}}').venue).toBe('LNCS');
  });

  it('normalises the DOI and keeps one that is not a DOI among the fields as written', () => {
    expect(readOne('@article{k, title = {T}, doi = {https://doi.org/10.1000/ABC}}').doi).toBe('10.1000/abc');
    expect(readOne('@article{k, title = {T}, doi = {n/a}}')).toMatchObject({
      doi: null,
      fields: { doi: 'n/a' },
    });
  });

  it('takes the URL from url, else a bare address in howpublished, and keeps % escapes in it', () => {
    expect(readOne('@misc{k, title = {T}, url = {https://x.org/a%20b_c}}').url).toBe('https://x.org/a%20b_c');
    expect(readOne('@misc{k, title = {T}, howpublished = {\\url{https://x.org/p}}}')).toMatchObject({
      url: 'https://x.org/p',
      fields: {},
    });
  });

  it('reads langid or language as the language', () => {
    expect(readOne('@misc{k, title = {T}, langid = {german}}').language).toBe('german');
    expect(readOne('@misc{k, title = {T}, language = {French}}').language).toBe('French');
  });

  it('keeps every other field by its lower-case name, publishers and places joined with " and "', () => {
    const record = readOne(
      '@book{k, Title = {T}, Publisher = {Springer and ACM}, Address = {Berlin and New York}, ISBN = {978-0}, ' +
        'Note = {See \\emph{also} p.~3}, Month = jan, Bdsk-Url-2 = {https://x.org/2}}',
    );
    expect(record.fields).toEqual({
      publisher: 'Springer and ACM',
      address: 'Berlin and New York',
      isbn: '978-0',
      note: 'See also p. 3',
      month: '1',
      'bdsk-url-2': 'https://x.org/2',
    });
  });

  it('reads keywords, split at commas and semicolons, with their LaTeX turned into text, as keywords and tags', () => {
    expect(readOne('@misc{k, title = {T}, keywords = {Schr{\\"o}dinger; a>b, deep learning}}')).toMatchObject(
      {
        keywords: ['a>b', 'deep learning', 'Schrödinger'],
        tags: ['a>b', 'deep learning', 'Schrödinger'],
      },
    );
  });

  it('uses the entry key as the citation key', () => {
    expect(readOne('@misc{Smith:2020:ab-c, title = {T}}').citationKey).toBe('Smith:2020:ab-c');
  });
});

describe('JabRef groups', () => {
  it('turns explicit group lists (groupstree) into nested tag paths', () => {
    const text = [
      '@misc{a, title = {A}}',
      '@misc{b, title = {B}}',
      '@comment{jabref-meta: groupstree:',
      '0 AllEntriesGroup:;',
      '1 ExplicitGroup:theory\\;0\\;a\\;b\\;;',
      '2 ExplicitGroup:sgd\\;0\\;b\\;;',
      '3 ExplicitGroup:adam\\;0\\;b\\;;',
      '}',
    ].join('\n');
    expect(parseBibtex(text).records.map((record) => record.tags)).toEqual([
      ['theory'],
      ['theory', 'theory/sgd', 'theory/sgd/adam'],
    ]);
  });

  it('files a groups field’s names under their place in the tree, and keeps names the tree does not know', () => {
    const text = [
      '@misc{a, title = {A}, groups = {sgd, Unfiled}, keywords = {sgd}}',
      '@comment{jabref-meta: grouping:',
      '0 AllEntriesGroup:;',
      '1 StaticGroup:theory\\;0\\;1\\;\\;\\;\\;;',
      '2 StaticGroup:sgd\\;0\\;1\\;\\;\\;\\;;',
      '}',
    ].join('\n');
    expect(parseBibtex(text).records[0]?.tags).toEqual(['sgd', 'theory/sgd', 'Unfiled']);
  });
});
