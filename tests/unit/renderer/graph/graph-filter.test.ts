import { describe, expect, it } from 'vitest';
import type { GraphEdgeData } from '../../../../renderer/db/links/graph-data';
import { tagUid } from '../../../../shared/sync/uids';
import { neighbourhood, NO_GRAPH_FILTER, visibleGraph, type GraphFilter, type TaggedGraphData } from '../../../../renderer/features/graph/graph-filter';

// A chain 1 → 2 → 3 → 4 → 5, a side link 2 → 6 of another type, and 7 on its own.
const edge = (id: number, from: number, to: number, type = 'supports'): GraphEdgeData => ({ id, from, to, type });
const EDGES = [edge(10, 1, 2), edge(11, 2, 3), edge(12, 3, 4), edge(13, 4, 5), edge(14, 2, 6, 'cites')];

const DATA: TaggedGraphData = {
  nodes: [1, 2, 3, 4, 5, 6, 7].map((id) => ({
    id,
    label: `Paper ${id}`,
    // theory on 1; theory/sgd on 3 and 6; other on 5.
    tagIds: id === 1 ? [100] : id === 3 || id === 6 ? [101] : id === 5 ? [200] : [],
  })),
  edges: EDGES,
  tags: [
    { id: 100, uid: tagUid('theory'), path: 'theory', color: null },
    { id: 101, uid: tagUid('theory/sgd'), path: 'theory/sgd', color: null },
    { id: 200, uid: tagUid('theoryish'), path: 'theoryish', color: null },
  ],
  linkTypes: [],
};

const sorted = (set: Set<number>): number[] => [...set].sort((a, b) => a - b);
const show = (filter: Partial<GraphFilter>, openId: number | null = null) => {
  const visible = visibleGraph(DATA, { ...NO_GRAPH_FILTER, ...filter }, openId);
  return { nodes: sorted(visible.nodes), edges: sorted(visible.edges) };
};

describe('visibleGraph', () => {
  it('shows everything with no filter', () => {
    expect(show({})).toEqual({ nodes: [1, 2, 3, 4, 5, 6, 7], edges: [10, 11, 12, 13, 14] });
  });

  it('keeps the abstracts carrying a tag or its descendants, and only the links between them', () => {
    expect(show({ tagId: 100 })).toEqual({ nodes: [1, 3, 6], edges: [] });
    expect(show({ tagId: 101 })).toEqual({ nodes: [3, 6], edges: [] });
    // "theoryish" is not under "theory", though its path starts with the same letters.
    expect(show({ tagId: 200 }).nodes).toEqual([5]);
  });

  it('hides the links of switched-off types but keeps their abstracts', () => {
    expect(show({ hiddenTypes: new Set(['cites']) })).toEqual({ nodes: [1, 2, 3, 4, 5, 6, 7], edges: [10, 11, 12, 13] });
  });

  it('limits the graph to the open abstract’s N-hop neighbourhood, following links both ways', () => {
    expect(show({ hops: 1 }, 3)).toEqual({ nodes: [2, 3, 4], edges: [11, 12] });
    expect(show({ hops: 2 }, 3)).toEqual({ nodes: [1, 2, 3, 4, 5, 6], edges: [10, 11, 12, 13, 14] });
    expect(show({ hops: 1 }, 7)).toEqual({ nodes: [7], edges: [] });
    expect(show({ hops: 'all' }, 5).nodes).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('walks the neighbourhood only over the types shown', () => {
    expect(show({ hops: 'all', hiddenTypes: new Set(['cites']) }, 1).nodes).toEqual([1, 2, 3, 4, 5]);
  });

  it('combines tag and neighbourhood, keeping the open abstract even without the tag', () => {
    expect(show({ tagId: 101, hops: 'all' }, 2)).toEqual({ nodes: [2, 3, 6], edges: [11, 14] });
  });

  it('ignores the neighbourhood when no abstract is open, or the open one is not in the library', () => {
    expect(show({ hops: 1 }, null).nodes).toHaveLength(7);
    expect(show({ hops: 1 }, 999).nodes).toHaveLength(7);
  });

  it('ignores a tag that no longer exists', () => {
    expect(show({ tagId: 12345 }).nodes).toHaveLength(7);
  });
});

describe('neighbourhood', () => {
  it('stops after the given number of hops', () => {
    expect(sorted(neighbourhood(EDGES, 1, 3))).toEqual([1, 2, 3, 4, 6]);
    expect(sorted(neighbourhood([], 1, 'all'))).toEqual([1]);
  });
});
