import { describe, expect, it } from 'vitest';
import { rankTitles } from '../../../../shared/search/rank-titles';
import { TitleLookup } from '../../../../shared/search/title-lookup';

const GREEK = ['gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];

/** Titles matching "ab cd" strictly but poorly (many words between), so the strict-first pass has its best few. */
function fillers(count: number): string[] {
  return Array.from({ length: count }, (_, at) => `alpha beta cd ${GREEK.slice(0, 3 + (at % 5)).join(' ')} ${at}`);
}

function expectAsRankTitles(titles: readonly string[], typed: string, limit: number): string[] {
  const entries = titles.map((title, id) => ({ id, title }));
  const found = TitleLookup.of(entries)
    .find(typed, limit)
    .map((entry) => entry.title);
  expect(found, typed).toEqual(rankTitles(entries, typed, (entry) => [entry.title], limit).map((ranked) => ranked.item.title));
  return found;
}

describe('the fuzzy tier scoring titles that may match strictly first', () => {
  it('still finds the best titles that match a term only as part of a word near the start', () => {
    // "ab" starts no word of 'zab zz cd': a match that is not strict, but so near the start that it scores best.
    const titles = [...fillers(40), 'zab zz cd', 'nothing like it'];
    for (const limit of [1, 5, 30]) expect(expectAsRankTitles(titles, 'ab cd', limit)).toContain('zab zz cd');
  });

  it('still finds a title whose term starts right after the one before it, which fuzzysort counts as a word start', () => {
    // 'cd' starts no word of 'xyz abcd' and is far from its start, but follows the matched 'ab'.
    const titles = [...fillers(40), 'xyz abcd'];
    for (const limit of [1, 5, 30]) expect(expectAsRankTitles(titles, 'ab cd', limit)).toContain('xyz abcd');
  });

  it('still finds a title holding a longer term inside a word', () => {
    const titles = [...fillers(40), 'zabe zz cd'];
    for (const limit of [1, 5, 30]) expect(expectAsRankTitles(titles, 'abe cd', limit)).toContain('zabe zz cd');
  });

  it('scores titles fuzzysort may read differently whatever their words', () => {
    // fuzzysort reads σ as no letter, so the 'a' after it starts a word: a strict match the word-start index does not show.
    const titles = [...fillers(40), 'zzzzσab zz cd'];
    for (const limit of [1, 5, 30]) expect(expectAsRankTitles(titles, 'ab cd', limit)).toContain('zzzzσab zz cd');
  });
});
