import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withIdentifiers } from '../../../../shared/capture/identifiers';
import { parseCaptureText } from '../../../../shared/capture/parse';
import { noBibliographicFields } from '../../../../shared/capture/record';
import type { CaptureRecord, RecordRole } from '../../../../shared/capture/types';

/** A record over the first occurrence of `paragraph` in `text`. */
function recordOver(text: string, paragraph: string, role: RecordRole): CaptureRecord {
  const start = text.indexOf(paragraph);
  if (start === -1) throw new Error(`not in the text: ${paragraph}`);
  return {
    ...noBibliographicFields(),
    role,
    title: null,
    authors: [],
    year: null,
    text: paragraph,
    truncated: false,
    span: { start, end: start + paragraph.length },
    quote: null,
    views: null,
    field: null,
    language: null,
    line: 1,
  };
}

function identifiers(records: readonly CaptureRecord[]): Array<[string | null, string | null, string | null]> {
  return records.map((record) => [record.doi, record.arxiv, record.url]);
}

describe('withIdentifiers', () => {
  const main = 'We prove a bound (doi:10.1000/ABC.1). Details follow.';
  const related = 'A related study, see https://arxiv.org/abs/2101.00001v2.';

  it('gives each record the identifiers in its own span, and the link that names them', () => {
    const text = `Header\n${main}\n${related}`;
    const records = withIdentifiers(text, [recordOver(text, main, 'main'), recordOver(text, related, 'related')]);
    expect(identifiers(records)).toEqual([
      ['10.1000/abc.1', null, null],
      [null, '2101.00001', 'https://arxiv.org/abs/2101.00001v2'],
    ]);
  });

  it('gives the main record the one identifier written outside every record, with its link', () => {
    const plain = 'We prove a bound. Details follow.';
    const text = `A Title\nhttps://doi.org/10.5555/Page.7\n${plain}\n${related}\nLabels: theory`;
    const records = withIdentifiers(text, [recordOver(text, plain, 'main'), recordOver(text, related, 'related')]);
    expect(identifiers(records)).toEqual([
      ['10.5555/page.7', null, 'https://doi.org/10.5555/Page.7'],
      [null, '2101.00001', 'https://arxiv.org/abs/2101.00001v2'],
    ]);
  });

  it('adds only the kind of identifier the main record lacks', () => {
    const text = `Paper: arXiv:1905.01234\n${main}`;
    const [record] = withIdentifiers(text, [recordOver(text, main, 'main')]);
    expect(identifiers(record === undefined ? [] : [record])).toEqual([['10.1000/abc.1', '1905.01234', null]]);
  });

  it('gives nothing from outside when two distinct identifiers stand there, or when it is another record\'s', () => {
    const plain = 'We prove a bound. Details follow.';
    const two = `doi:10.5555/one.1 and doi:10.5555/two.2\n${plain}`;
    expect(identifiers(withIdentifiers(two, [recordOver(two, plain, 'main')]))).toEqual([[null, null, null]]);

    const cited = `${plain}\n${related}\nFooter: https://arxiv.org/abs/2101.00001`;
    const records = withIdentifiers(cited, [recordOver(cited, plain, 'main'), recordOver(cited, related, 'related')]);
    expect(identifiers(records)[0]).toEqual([null, null, null]);
  });

  it('never gives a related record an identifier from outside its span', () => {
    const plain = 'A related study without a link.';
    const text = `https://doi.org/10.5555/page.7\n${main}\n${plain}`;
    const records = withIdentifiers(text, [recordOver(text, main, 'main'), recordOver(text, plain, 'related')]);
    expect(identifiers(records)[1]).toEqual([null, null, null]);
  });

  it('trims sentence punctuation and unbalanced brackets from a link', () => {
    const paragraph = 'Code and paper (https://doi.org/10.1000/a(b)), see also https://arxiv.org/pdf/2101.00001.pdf.';
    const [record] = withIdentifiers(paragraph, [recordOver(paragraph, paragraph, 'main')]);
    expect(record?.url).toBe('https://doi.org/10.1000/a(b)');
    expect(record?.doi).toBe('10.1000/a(b)');
    expect(record?.arxiv).toBe('2101.00001');
  });
});

describe('parseCaptureText stores identifiers', () => {
  const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

  it('on a portal page, a DOI link under the title goes to the main abstract only', () => {
    const page = fixture('portal-english.txt').replace(
      'Sparse Coding Meets Deep Learning by Accident\n',
      'Sparse Coding Meets Deep Learning by Accident\nhttps://doi.org/10.5555/sparse.2020.7\n',
    );
    const parsed = parseCaptureText(page);
    expect(parsed.layout).toBe('portal');
    expect(parsed.records[0]).toMatchObject({ role: 'main', doi: '10.5555/sparse.2020.7', url: 'https://doi.org/10.5555/sparse.2020.7' });
    expect(parsed.records.slice(1).every((record) => record.doi === null && record.url === null)).toBe(true);
  });

  it('on a blog post, an arXiv link on a post\'s own line goes to that post', () => {
    const post = fixture('blog-no-quote.txt').replace(
      'Code: this https URL',
      'Code: https://github.com/example/robust and paper: https://arxiv.org/abs/1905.02175v4',
    );
    const parsed = parseCaptureText(post);
    expect(parsed.layout).toBe('blog');
    expect(identifiers(parsed.records)).toEqual([
      [null, null, null],
      [null, '1905.02175', 'https://arxiv.org/abs/1905.02175v4'],
    ]);
  });
});
