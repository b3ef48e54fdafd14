import { describe, expect, it } from 'vitest';
import { FULLY_RANKED, rankByScore } from '../../../../../renderer/db/search/ranking';
import { affectedAbstracts } from '../../../../../renderer/db/search/change-feed';
import { SearchEngine } from '../../../../../renderer/db/search/engine';
import type { SearchDocument } from '../../../../../renderer/db/search/search-document';

const document = (id: number, body: string, title = ''): SearchDocument => ({ id, title, authors: '', body, year: 2000 + id, venue: '', snippet: id % 2 === 0 });

describe('SearchEngine', () => {
  it('re-indexes a document only when its content changed', () => {
    const engine = new SearchEngine();
    expect(engine.add(document(1, 'alpha beta'))).toBe(true);
    expect(engine.add(document(1, 'alpha beta'))).toBe(false);
    expect(engine.add(document(1, 'gamma'))).toBe(true);
    expect(engine.hits('alpha').body).toEqual([]);
    expect(engine.hits('gamma').body).toEqual([1]);
  });

  it('round-trips through its exported chunks', () => {
    const engine = new SearchEngine();
    for (let id = 1; id <= 50; id++) engine.add(document(id, `word${id} common`, id === 7 ? 'zonotopes' : ''));
    const copy = SearchEngine.fromChunks(engine.exportChunks());
    expect(copy.size).toBe(50);
    expect(copy.hits('zonotopes').title).toEqual([7]);
    expect(copy.hits('common').body).toHaveLength(50);
    expect([copy.yearOf(8), copy.isSnippet(8), copy.isSnippet(7)]).toEqual([2008, true, false]);
    expect(copy.vocabulary.corrections('zonotpes', 3)).toEqual(['zonotopes']);
    expect(copy.add(document(7, 'word7 common', 'zonotopes'))).toBe(false);
  });

  it('keeps each abstract under its venue, through re-indexing, removal and its exported chunks', () => {
    const engine = new SearchEngine();
    engine.add({ ...document(1, 'alpha'), venue: 'neural information processing systems' });
    engine.add({ ...document(2, 'beta'), venue: 'neural information processing systems' });
    engine.add({ ...document(3, 'gamma'), venue: 'journal of machine learning research' });
    expect([...engine.venueIds(['neural'])]).toEqual([1, 2]);
    expect(engine.add({ ...document(2, 'beta'), venue: 'neural computation' })).toBe(true);
    expect([...engine.venueIds(['information'])]).toEqual([1]);
    engine.remove(1);
    expect([...engine.venueIds(['information'])]).toEqual([]);
    const copy = SearchEngine.fromChunks(engine.exportChunks());
    expect([...copy.venueIds(['neur', 'comp'])]).toEqual([2]);
    expect([...copy.venueIds(['journal', 'research'])]).toEqual([3]);
    expect([...copy.venueIds(['jo'])]).toEqual([]);
    expect(() => SearchEngine.fromChunks([['venues', '[["x", ["1"]]]']])).toThrow(/venues/);
  });

  it('refuses chunks it did not write', () => {
    expect(() => SearchEngine.fromChunks([['mystery/1', '[]']])).toThrow(/Unknown/);
    expect(() => SearchEngine.fromChunks([['years', '[[1, "x", 0, 0]]']])).toThrow();
  });
});

describe('rankByScore', () => {
  it('puts the best-scored first, ties newest first, even past the fully ranked prefix', () => {
    const count = FULLY_RANKED * 3;
    const ids = Array.from({ length: count }, (_, at) => at + 1);
    const dense = new Float32Array(count + 1);
    for (const id of ids) dense[id] = (id * 7919) % 1000;
    dense[42] = 5000;
    const ranked = Array.from(rankByScore(Int32Array.from(ids), Float32Array.from(ids, (id) => dense[id] ?? 0)));
    expect(ranked).toHaveLength(count);
    expect(new Set(ranked).size).toBe(count);
    expect(ranked[0]).toBe(42);
    const top = ranked.slice(0, 500).map((id) => dense[id] ?? 0);
    expect(top).toEqual([...top].sort((a, b) => b - a));
    expect(Math.min(...top)).toBeGreaterThanOrEqual(Math.max(...ranked.slice(FULLY_RANKED + 100).map((id) => dense[id] ?? 0)) - 1);
  });
});

describe('affectedAbstracts', () => {
  const key = (value: number | number[] | string) => ({ from: value, to: value, d: 1 });
  it('reads abstract ids from abstract keys and texts, annotations, notes and tag assignments; tags and lists apart', () => {
    const affected = affectedAbstracts(
      {
        'idb://lib/abstractKeys/': { ...key(3), r: key(9), d: 2 },
        'idb://lib/annotations/abstractId': key(4),
        'idb://lib/abstractTags/': key([5, 77]),
        'idb://lib/tags/': key(77),
        'idb://lib/listItems/': key(1),
        'idb://other/abstracts/': key(100),
      },
      'lib',
    );
    expect([...affected.ids].sort()).toEqual([3, 4, 5, 9]);
    expect([...affected.tagIds]).toEqual([77]);
    expect([affected.structure, affected.everything]).toEqual([true, false]);
  });

  it('gives up on a range (a clear) and asks for everything', () => {
    expect(affectedAbstracts({ 'idb://lib/abstractKeys/': { from: -Infinity, to: Infinity, d: 1 } }, 'lib').everything).toBe(true);
  });

  it('re-indexes nothing for a bulk status change, which only touches abstract rows', () => {
    const affected = affectedAbstracts({ 'idb://lib/abstracts/': { ...key(3), r: key(9), d: 2 }, 'idb://lib/abstracts/status': key('read') }, 'lib');
    expect(affected.ids.size).toBe(0);
    expect([affected.structure, affected.everything]).toEqual([true, false]);
  });
});
