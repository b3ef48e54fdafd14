import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../shared/search/parse-query';

const clausesOf = (query: string) => parseQuery(query).clauses.map(({ start: _start, end: _end, ...rest }) => rest);

describe('parseQuery: screening operators', () => {
  it('reads review:, is: verdicts and reason:, the verdicts and reasons looking at every review when none is named', () => {
    expect(clausesOf('is:INCLUDED is:excluded is:maybe reason:E2 -reason:"wrong population"')).toEqual([
      { kind: 'verdict', value: 'included', reviews: [], negated: false },
      { kind: 'verdict', value: 'excluded', reviews: [], negated: false },
      { kind: 'verdict', value: 'maybe', reviews: [], negated: false },
      { kind: 'reason', code: 'E2', reviews: [], negated: false },
      { kind: 'reason', code: 'wrong population', reviews: [], negated: true },
    ]);
  });

  it('scopes verdicts and reasons to the reviews named anywhere in the query, but not to negated ones', () => {
    expect(clausesOf('is:included review:"Sleep trials" reason:e1 review:diet -review:old')).toEqual([
      { kind: 'verdict', value: 'included', reviews: ['Sleep trials', 'diet'], negated: false },
      { kind: 'review', value: 'Sleep trials', negated: false },
      { kind: 'reason', code: 'e1', reviews: ['Sleep trials', 'diet'], negated: false },
      { kind: 'review', value: 'diet', negated: false },
      { kind: 'review', value: 'old', negated: true },
    ]);
  });

  it('reports an unknown is: value with every value it takes, and an empty review:', () => {
    const { clauses, errors } = parseQuery('is:included2 review:');
    expect(clauses).toEqual([]);
    expect(errors.map((error) => error.message)).toEqual(['is: takes unread, reading, read, starred, snippet, included, excluded, maybe', 'review: needs a value']);
  });
});
