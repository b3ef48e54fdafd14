import { describe, expect, it } from 'vitest';
import { rankTitles } from '../../../../shared/search/rank-titles';
import { matchedIndexes, MatchTier, matchTitle, prepareQuery, prepareTitle } from '../../../../shared/search/title-match';

interface Paper {
  id: number;
  title: string;
}

const papers = (...titles: string[]): Paper[] => titles.map((title, index) => ({ id: index + 1, title }));
const ranked = (items: readonly Paper[], query: string, limit = 50): string[] =>
  rankTitles(items, query, (paper) => [paper.title], limit).map((entry) => entry.item.title);
const tier = (query: string, title: string) => matchTitle(prepareQuery(query), prepareTitle(title))?.tier ?? null;
const indexes = (query: string, title: string): number[] | null => {
  const prepared = prepareTitle(title);
  const match = matchTitle(prepareQuery(query), prepared);
  return match === null ? null : matchedIndexes(prepared, match);
};

describe('rankTitles ranking', () => {
  it('ranks the whole title, then its start, then a word start, then anywhere inside', () => {
    const given = papers('Nested tori', 'Magnetic order', 'Deep networks', 'Networks of neurons', 'Net');
    expect(ranked(given, 'net')).toEqual(['Net', 'Networks of neurons', 'Deep networks', 'Magnetic order']);
  });

  it('offers fuzzy matches only when nothing matches literally, best scoring first', () => {
    const given = papers('Nested tori', 'Magnetic order', 'Next-generation tools');
    // "Nested tori" holds n, e, t in order, but "Magnetic order" holds "net" itself.
    expect(ranked(given, 'net')).toEqual(['Magnetic order']);
    expect(ranked(given, 'nxt')).toEqual(['Next-generation tools']);
    expect(ranked(papers('Nested tori', 'Next-generation tools'), 'net')).toEqual(['Nested tori', 'Next-generation tools']);
  });

  it('keeps the given order between titles that match equally well, whatever their length or position', () => {
    const given = papers('Scaling laws for deep neural networks trained on text', 'Graph neural nets');
    expect(ranked(given, 'neural')).toEqual(['Scaling laws for deep neural networks trained on text', 'Graph neural nets']);
  });

  it('counts a word start only at a real word boundary, in any script', () => {
    expect(tier('net', 'Deep (net) models')).toBe(MatchTier.wordStart);
    expect(tier('net', 'Deep-net models')).toBe(MatchTier.wordStart);
    expect(tier('net', 'Magnetic order')).toBe(MatchTier.contains);
    expect(tier('ural', 'Neural networks')).toBe(MatchTier.contains);
    // A later word-start occurrence wins over an earlier one inside a word.
    expect(tier('net', 'Magnetic nets')).toBe(MatchTier.wordStart);
  });

  it('matches whole phrases across words, then typed words each starting a word in any order, then fuzzily', () => {
    expect(tier('energy propag', 'Energy Propagation in Deep Networks')).toBe(MatchTier.start);
    expect(tier('propagation energy', 'Energy Propagation in Deep Networks')).toBe(MatchTier.words);
    expect(tier('deep en', 'Energy Propagation in Deep Networks')).toBe(MatchTier.words);
    // A typed word inside a title's word is not a word start: only letters in order are left.
    expect(tier('nergy deep', 'Energy Propagation in Deep Networks')).toBe(MatchTier.fuzzy);
    expect(tier('deep zeta', 'Energy Propagation in Deep Networks')).toBeNull();
  });

  it('ranks titles holding every typed word below those holding the phrase', () => {
    const given = papers('Networks deep in energy', 'Deep energy networks', 'Dense energy propagation');
    expect(ranked(given, 'energy deep')).toEqual(['Networks deep in energy', 'Deep energy networks']);
    expect(ranked(given, 'deep energy')).toEqual(['Deep energy networks', 'Networks deep in energy']);
    expect(tier('energy deep', 'Dense energy propagation')).toBe(MatchTier.fuzzy);
    // Each typed word is shown where it starts a word.
    expect(indexes('deep en', 'Energy in Deep nets')).toEqual([0, 1, 10, 11, 12, 13]);
  });

  it('finds titles despite skipped letters when nothing matches literally, and nothing for unrelated text', () => {
    const given = papers('Energy Propagation in Deep Convolutional Neural Networks', 'Spectral clustering', 'Kernels');
    expect(ranked(given, 'enrgy propagaton')).toEqual(['Energy Propagation in Deep Convolutional Neural Networks']);
    expect(ranked(given, 'zzqx')).toEqual([]);
    expect(tier('enrg prop', 'Energy Propagation in Deep Convolutional Neural Networks')).toBe(MatchTier.fuzzy);
  });

  it('lists every title in the given order for an empty query, up to the limit', () => {
    const given = papers('Zeta functions', 'Alpha decay', 'Mu mesons');
    expect(ranked(given, '   ')).toEqual(['Zeta functions', 'Alpha decay', 'Mu mesons']);
    expect(ranked(given, '', 2)).toEqual(['Zeta functions', 'Alpha decay']);
    expect(rankTitles(given, '', (paper) => [paper.title], 5)[0]?.match).toBeNull();
  });

  it('keeps at most `limit` matches, the best ones', () => {
    const given = papers('Deep nets', 'Nets', 'Magnetic nets', 'Netting');
    expect(ranked(given, 'nets', 2)).toEqual(['Nets', 'Deep nets']);
  });

  it('finds an item by its other texts, and prefers the title when both match as well', () => {
    const commands = [
      { id: 1, title: 'Toggle theme', keywords: 'dark light mode' },
      { id: 2, title: 'Dark room', keywords: 'photography' },
    ];
    const found = rankTitles(commands, 'dark', (command) => [command.title, command.keywords], 10);
    expect(found.map((entry) => [entry.item.id, entry.field])).toEqual([
      [2, 0],
      [1, 1],
    ]);
  });
});

describe('title folding', () => {
  it('ignores case, in both directions', () => {
    expect(tier('NEURAL', 'neural networks')).toBe(MatchTier.start);
    expect(tier('neural', 'NEURAL NETWORKS')).toBe(MatchTier.start);
    expect(tier('istanbul', 'İstanbul traffic')).toBe(MatchTier.start);
  });

  it('ignores accents, typed or not, precomposed or combining', () => {
    expect(tier('etude', 'Étude des réseaux')).toBe(MatchTier.start);
    expect(tier('étude', 'Etude des reseaux')).toBe(MatchTier.start);
    expect(tier('reseaux', 'E\u0301tude des re\u0301seaux')).toBe(MatchTier.wordStart);
    expect(tier('schrodinger', 'The Schrödinger equation')).toBe(MatchTier.wordStart);
  });

  it('folds ligatures and full-width letters, and collapses spaces', () => {
    expect(tier('finite', 'ﬁnite elements')).toBe(MatchTier.start);
    expect(tier('deep', 'Ｄｅｅｐ nets')).toBe(MatchTier.start);
    expect(tier('deep  nets', 'Deep\n nets')).toBe(MatchTier.exact);
  });

  it('matches Arabic titles with or without harakat, hamza on alef, or tatweel', () => {
    const title = 'الشَّبَكَاتُ العصبية العميقة';
    expect(tier('الشبكات', title)).toBe(MatchTier.start);
    expect(tier('العصبية', title)).toBe(MatchTier.wordStart);
    // The article is part of the word, so a word without it is found inside, not at a word start.
    expect(tier('شبكات', title)).toBe(MatchTier.contains);
    expect(tier('انظمة التعلم', 'أنظمة التعلم الآلي')).toBe(MatchTier.start);
    expect(tier('علم', 'عـلم البيانات')).toBe(MatchTier.start);
    expect(tier('الفيزياء', title)).toBeNull();
  });

  it('ranks Arabic word starts above matches inside a word', () => {
    const given = papers('الشبكات العميقة', 'شبكات عصبية');
    expect(ranked(given, 'شبكات')).toEqual(['شبكات عصبية', 'الشبكات العميقة']);
  });

  it('reports matched characters as indexes into the title as written', () => {
    expect(indexes('undo', 'Undo')).toEqual([0, 1, 2, 3]);
    expect(indexes('res', 'E\u0301tude des re\u0301seaux')).toEqual([11, 12, 14]);
    expect(indexes('nets', '  Deep   nets')).toEqual([9, 10, 11, 12]);
    expect(indexes('nrl', 'New reading list')).toEqual([0, 4, 12]);
  });
});
