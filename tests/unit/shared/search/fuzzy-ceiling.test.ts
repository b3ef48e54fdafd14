import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ceilingQuery, ceilingTitle, fuzzyCeiling } from '../../../../shared/search/fuzzy-ceiling';
import { matchFuzzy, prepareQuery, prepareTitle } from '../../../../shared/search/title-match';
import { abstractText, seededRandom, titleText } from '../../../../scripts/fixtures/synthetic-text';
import { displayTitle } from '../../../../shared/text/display-title';

const letters = fc.constantFrom('a', 'b', 'e', 'n', 'r', 's', 't', 'u', '1', ' ', ' ', '-', '.', 'É', 'ø', '"');
const text = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: letters, minLength: 1, maxLength });

/** Both bounds must hold for every title the fuzzy tier sees (those not containing the query), the tight one below the loose one. */
function expectBounded(title: string, query: string): void {
  const typed = prepareQuery(query);
  const prepared = prepareTitle(title);
  if (typed.text === '' || prepared.folded.includes(typed.text)) return;
  const match = matchFuzzy(typed, prepared);
  const tight = fuzzyCeiling(ceilingQuery(typed.text), ceilingTitle(prepared.folded));
  expect(tight).toBeLessThanOrEqual(fuzzyCeiling(ceilingQuery(typed.text), ceilingTitle(prepared.folded), false));
  // The tight bound can equal a score, worked out in another order: it may differ in the last bits (as best-fuzzy.ts allows).
  if (match !== null) expect(match.score, `${query} in ${title}`).toBeLessThanOrEqual(tight + 1e-9);
}

describe('fuzzyCeiling', () => {
  it('is never below the score fuzzysort gives, for any title and query', () => {
    fc.assert(
      fc.property(text(40), text(8), (title, query) => expectBounded(title, query)),
      { numRuns: 3000 },
    );
  });

  it('is never below the score fuzzysort gives paper titles for words and word starts typed', () => {
    const random = seededRandom(3);
    const titles = Array.from({ length: 300 }, () => titleText(random));
    const words = titles.flatMap((title) => title.toLowerCase().split(' ')).slice(0, 60);
    const queries = words.flatMap((word, at) => [word, `${word} ${(words[at + 7] ?? 'a').slice(0, 2)}`, `${word.slice(0, 3)} ${(words[at + 3] ?? 'a').slice(0, 1)}`]);
    for (const title of titles) for (const query of queries) expectBounded(title, query);
  });

  it('is never below the score fuzzysort gives long titles (many word starts, each making penalties dearer), misspelt words included', () => {
    const random = seededRandom(5);
    const titles = Array.from({ length: 150 }, () => displayTitle({ title: null, text: abstractText(random, 2) }));
    const words = titles.flatMap((title) => title.toLowerCase().split(/[^a-z]+/).filter((word) => word.length >= 4)).slice(0, 40);
    const dropMiddle = (word: string): string => word.slice(0, word.length >> 1) + word.slice((word.length >> 1) + 1);
    const queries = words.flatMap((word, at) => [word, dropMiddle(word), `${word} ${(words[at + 5] ?? 'a').slice(0, 2)}`, `${dropMiddle(word)} ${(words[at + 3] ?? 'a').slice(0, 1)}`]);
    for (const title of titles) for (const query of queries) expectBounded(title, query);
  });

  it('bounds a long title with many word starts below what a short title scores, so the long one need not be scored', () => {
    const long = ceilingTitle('finally, we propose linear attention layers and unify overparameterized sample complexities of deep nets');
    const short = matchFuzzy(prepareQuery('finll'), prepareTitle('finally linear layers'));
    expect(fuzzyCeiling(ceilingQuery('finll'), long)).toBeLessThan(short?.score ?? 0);
  });

  it('bounds below the best scores of long titles, so some of them need not be scored', () => {
    const query = ceilingQuery('rates u');
    const short = fuzzyCeiling(query, ceilingTitle('rates of understanding'));
    const long = fuzzyCeiling(query, ceilingTitle('towards faster convergence rates of stochastic gradient descent with momentum'));
    const matched = matchFuzzy(prepareQuery('rates u'), prepareTitle('rates of understanding'));
    expect(matched?.score ?? 0).toBeGreaterThan(long);
    expect(short).toBeGreaterThan(long);
  });

  it('gives no bound when fuzzysort could fold the title differently', () => {
    expect(fuzzyCeiling(ceilingQuery('ab'), ceilingTitle('a\u00f8b'))).toBe(Infinity);
    expect(fuzzyCeiling(ceilingQuery('a"b'), ceilingTitle('a b'))).toBe(Infinity);
  });
});
