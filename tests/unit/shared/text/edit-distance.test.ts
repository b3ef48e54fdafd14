import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../../shared/text/edit-distance';

describe('editDistance', () => {
  it('is the Levenshtein distance by default', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('teh', 'the')).toBe(2);
  });

  it('counts an adjacent swap as one edit when asked', () => {
    expect(editDistance('teh', 'the', { swaps: true })).toBe(1);
  });

  it('stops at the limit', () => {
    expect(editDistance('kitten', 'sitting', { limit: 1 })).toBe(2);
    expect(editDistance('a', 'abcdef', { limit: 2 })).toBe(3);
  });
});
