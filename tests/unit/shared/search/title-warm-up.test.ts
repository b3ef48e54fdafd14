import { describe, expect, it } from 'vitest';
import { prepareQuery, prepareTitle, matchLiteral, matchTitle, MatchTier } from '../../../../shared/search/title-match';
import { titleWarmUpQueries } from '../../../../shared/search/title-warm-up';
import { abstractText, seededRandom, titleText } from '../../../../scripts/fixtures/synthetic-text';
import { displayTitle } from '../../../../shared/text/display-title';

function library(size: number): { id: number; title: string }[] {
  const random = seededRandom(7);
  return Array.from({ length: size }, (_, at) => ({ id: at + 1, title: displayTitle({ title: titleText(random), text: abstractText(random, 3) }) }));
}

/** The best tier any of the titles matches the query in, or null when none matches. */
function bestTier(titles: readonly string[], query: string): number | null {
  const typed = prepareQuery(query);
  let best: number | null = null;
  for (const title of titles) {
    const match = matchTitle(typed, prepareTitle(title));
    if (match !== null && (best === null || match.tier < best)) best = match.tier;
  }
  return best;
}

describe('titleWarmUpQueries', () => {
  it("types the library's own title words through every tier a picker answers from, and one misspelling", () => {
    const entries = library(400);
    const titles = entries.map((entry) => entry.title);
    const queries = titleWarmUpQueries(entries);
    const tiers = new Set(queries.map((query) => bestTier(titles, query)));
    expect(tiers.has(null)).toBe(false);
    for (const tier of [MatchTier.start, MatchTier.contains, MatchTier.fuzzy]) expect(tiers.has(tier)).toBe(true);
    // Two-word queries, the second word being typed.
    expect(queries.some((query) => /\S+ \S{1,3}$/u.test(query))).toBe(true);
    // Last, a word with a letter dropped: no title holds it as typed, so only the fuzzy tier finds it.
    const misspelling = queries[queries.length - 1] ?? '';
    expect(titles.every((title) => matchLiteral(prepareQuery(misspelling), prepareTitle(title)) === null)).toBe(true);
    expect(bestTier(titles, misspelling)).toBe(MatchTier.fuzzy);
  });

  it('has nothing to type in an empty library, and no word to take from titles without one of four letters', () => {
    expect(titleWarmUpQueries([])).toEqual([]);
    expect(titleWarmUpQueries([{ id: 1, title: 'On a Map' }])).toEqual([]);
  });
});
