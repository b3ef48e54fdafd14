import { describe, expect, it } from 'vitest';
import { learnt, titlesToRead, type LabelCache } from '../../../../renderer/features/graph/label-cache';

const empty: LabelCache = { version: 0, titles: new Map() };

describe('the graph label cache', () => {
  it('reads only the titles of abstracts not drawn before, and none when a filter shows only known ones', () => {
    const first = learnt(empty, 0, [1, 2, 3], new Map([[1, 'One'], [2, 'Two'], [3, 'Three']]));
    expect(titlesToRead(first, 0, [2, 3, 4])).toEqual([4]);
    const second = learnt(first, 0, [2, 3, 4], new Map([[4, 'Four']]));
    expect(titlesToRead(second, 0, [1, 2])).toEqual([]);
    expect(second.titles.get(1)).toBe('One');
  });

  it('reads every drawn title again after a rename, keeping the old ones until they come', () => {
    const known = learnt(empty, 0, [1, 2], new Map([[1, 'One'], [2, 'Two']]));
    expect(titlesToRead(known, 1, [1, 2])).toEqual([1, 2]);
    const renamed = learnt(known, 1, [1, 2], new Map([[1, 'One, renamed'], [2, 'Two']]));
    expect(renamed.titles.get(1)).toBe('One, renamed');
    expect(titlesToRead(renamed, 1, [1, 2])).toEqual([]);
  });

  it('keeps the same titles map when a read after an edit finds no title changed', () => {
    const known = learnt(empty, 0, [1, 2], new Map([[1, 'One'], [2, 'Two']]));
    expect(learnt(known, 1, [1, 2], new Map([[1, 'One'], [2, 'Two']])).titles).toBe(known.titles);
    expect(learnt(known, 0, [1, 2], new Map([[2, 'Two']]))).toBe(known);
  });

  it('keeps only the drawn titles once it holds many more than are drawn', () => {
    const many = learnt(empty, 0, [], new Map(Array.from({ length: 20 }, (_, index) => [index + 1, `T${index + 1}`] as const)));
    const narrowed = learnt(many, 0, [1, 2], new Map([[30, 'T30']]));
    expect([...narrowed.titles.keys()].sort((a, b) => a - b)).toEqual([1, 2, 30]);
  });
});
