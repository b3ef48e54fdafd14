import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../shared/search/parse-query';

const clausesOf = (query: string) => parseQuery(query).clauses.map(({ start: _start, end: _end, ...rest }) => rest);

describe('parseQuery', () => {
  it('reads free words, normalised, each a term', () => {
    expect(clausesOf('Cyclical  Learning')).toEqual([
      { kind: 'term', word: 'cyclical', negated: false },
      { kind: 'term', word: 'learning', negated: false },
    ]);
  });

  it('reads a quoted phrase and a hyphenated word as phrases', () => {
    expect(clausesOf('"Learning Rates" state-of-the-art')).toEqual([
      { kind: 'phrase', words: ['learning', 'rates'], negated: false },
      { kind: 'phrase', words: ['state', 'of', 'the', 'art'], negated: false },
    ]);
  });

  it('reads every operator', () => {
    expect(clausesOf('tag:theory/optimization author:"van der Berg" year:2019 year:2018..2021 year:..2000 year:2010..')).toEqual([
      { kind: 'tag', path: 'theory/optimization', negated: false },
      { kind: 'author', words: ['van', 'der', 'berg'], negated: false },
      { kind: 'year', from: 2019, to: 2019, negated: false },
      { kind: 'year', from: 2018, to: 2021, negated: false },
      { kind: 'year', from: 0, to: 2000, negated: false },
      { kind: 'year', from: 2010, to: 9999, negated: false },
    ]);
    expect(clausesOf('is:unread is:reading is:READ is:starred is:snippet has:highlight has:note has:link source:page.txt list:"To read"')).toEqual([
      { kind: 'is', value: 'unread', negated: false },
      { kind: 'is', value: 'reading', negated: false },
      { kind: 'is', value: 'read', negated: false },
      { kind: 'is', value: 'starred', negated: false },
      { kind: 'is', value: 'snippet', negated: false },
      { kind: 'has', value: 'highlight', negated: false },
      { kind: 'has', value: 'note', negated: false },
      { kind: 'has', value: 'link', negated: false },
      { kind: 'source', value: 'page.txt', negated: false },
      { kind: 'list', value: 'To read', negated: false },
    ]);
  });

  it('reads venue:, doi: and key:, with the DOI normalised and the key kept as typed', () => {
    expect(clausesOf('venue:NeurIPS venue:"Machine Learning" venue:Société doi:https://doi.org/10.1000/ABC key:Smith2020a -key:x')).toEqual([
      { kind: 'venue', words: ['neurips'], negated: false },
      { kind: 'venue', words: ['machine', 'learning'], negated: false },
      { kind: 'venue', words: ['societe'], negated: false },
      { kind: 'doi', value: '10.1000/abc', negated: false },
      { kind: 'key', value: 'Smith2020a', negated: false },
      { kind: 'key', value: 'x', negated: true },
    ]);
    expect(clausesOf('kernels doi:10.1109/TIT.2017.2756880 year:2018')).toEqual([
      { kind: 'term', word: 'kernels', negated: false },
      { kind: 'doi', value: '10.1109/tit.2017.2756880', negated: false },
      { kind: 'year', from: 2018, to: 2018, negated: false },
    ]);
  });

  it('negates a term, a phrase and an operator with a leading minus', () => {
    expect(clausesOf('-kernel -"spectral clustering" -tag:theory -is:read -year:2019')).toEqual([
      { kind: 'term', word: 'kernel', negated: true },
      { kind: 'phrase', words: ['spectral', 'clustering'], negated: true },
      { kind: 'tag', path: 'theory', negated: true },
      { kind: 'is', value: 'read', negated: true },
      { kind: 'year', from: 2019, to: 2019, negated: true },
    ]);
  });

  it('spans each clause, the minus included', () => {
    const [first, second] = parseQuery('foo -tag:bar').clauses;
    expect([first?.start, first?.end, second?.start, second?.end]).toEqual([0, 3, 4, 12]);
  });

  it.each([
    ['foo:bar', 'Unknown operator', 0, 7],
    ['journal:x', 'venue:', 0, 9],
    ['x year:2021..2018', 'runs backwards', 2, 17],
    ['year:19x9', 'year:', 0, 9],
    ['is:finished', 'is: takes', 0, 11],
    ['has:pdf', 'has: takes', 0, 7],
    ['tag:', 'needs a value', 0, 4],
    ['doi:10.1/x', 'doi: takes a DOI', 0, 10],
    ['venue:"--"', 'venue: needs a word', 0, 10],
    ['key:', 'needs a value', 0, 4],
    ['a "open phrase', 'never closed', 2, 14],
  ])('reports %s as an error spanning its text', (query, message, start, end) => {
    const { errors } = parseQuery(query);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain(message);
    expect([errors[0]?.start, errors[0]?.end]).toEqual([start, end]);
  });

  it('marks a phrase whose quote is still open, so typing it matches its words', () => {
    expect(clausesOf('"learning ra')).toEqual([{ kind: 'phrase', words: ['learning', 'ra'], open: true, negated: false }]);
  });

  it('keeps the rest of a query around a mistake', () => {
    expect(clausesOf('zonotopes bogus:1 is:read')).toEqual([
      { kind: 'term', word: 'zonotopes', negated: false },
      { kind: 'is', value: 'read', negated: false },
    ]);
  });

  it('treats colons after non-letters as part of a word', () => {
    expect(parseQuery('ratio 3:1').errors).toEqual([]);
  });

  it('never throws, and every error span lies inside the query', () => {
    const alphabet = fc.constantFrom('a', 'Z', ' ', '"', '-', ':', '.', '1', '9', 'é', 'ش', 'tag:', 'year:', 'is:', '..', '\u0301');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(alphabet).map((parts) => parts.join(''))), (query) => {
        const { errors, clauses } = parseQuery(query);
        for (const error of errors) expect(0 <= error.start && error.start <= error.end && error.end <= query.length).toBe(true);
        for (const clause of clauses) expect(clause.end).toBeLessThanOrEqual(query.length);
      }),
      { numRuns: 2000 },
    );
  });
});
