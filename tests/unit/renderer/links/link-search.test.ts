import { describe, expect, it } from 'vitest';
import { searchCandidates } from '../../../../renderer/features/links/link-search';

const CANDIDATES = [
  { id: 1, title: 'Energy Propagation in Deep Convolutional Neural Networks' },
  { id: 2, title: 'Towards Understanding Learning in Neural Networks with Linear Teachers' },
  { id: 3, title: 'Neural networks as kernel machines' },
  { id: 4, title: 'Spectral clustering' },
];

const titles = (query: string, excludeId = 0): number[] => searchCandidates(CANDIDATES, query, excludeId).map((candidate) => candidate.id);

describe('searchCandidates', () => {
  it('matches display titles case-insensitively, titles starting with the query first', () => {
    expect(titles('NEURAL')).toEqual([3, 1, 2]);
    expect(titles('spectral')).toEqual([4]);
  });

  it('finds a title despite a typo or skipped letters', () => {
    expect(titles('enrgy propagaton')).toEqual([1]);
  });

  it('never offers the open abstract, and lists the rest when the query is empty', () => {
    expect(titles('neural', 3)).toEqual([1, 2]);
    expect(titles('  ', 4)).toEqual([1, 2, 3]);
    expect(searchCandidates(CANDIDATES, '', 0, 2)).toHaveLength(2);
  });

  it('finds nothing for a query no title resembles', () => {
    expect(titles('zzzz qqqq')).toEqual([]);
  });
});
