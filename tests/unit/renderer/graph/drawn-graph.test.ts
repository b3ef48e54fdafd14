import { describe, expect, it } from 'vitest';
import type { GraphEdgeData } from '../../../../renderer/db/links/graph-data';
import { NO_GRAPH_FILTER, type GraphFilter, type TaggedGraphData } from '../../../../renderer/features/graph/graph-filter';
import { filterIndex } from '../../../../renderer/features/graph/index-filter';
import { drawnGraph, drawnPositions } from '../../../../renderer/features/graph/drawn-graph';
import { indexOf } from './graph-fixtures';

// A hub 1 linked to 2, 3, 4 and 5; 2 also to 3 (a "cites" link); 6, 7 and 8 alone.
const edge = (id: number, from: number, to: number, type = 'supports'): GraphEdgeData => ({ id, from, to, type });
const DATA: TaggedGraphData = {
  nodes: [1, 2, 3, 4, 5, 6, 7, 8].map((id) => ({ id, label: `Paper ${id}`, tagIds: [] })),
  edges: [edge(10, 1, 2), edge(11, 1, 3), edge(12, 1, 4), edge(13, 1, 5), edge(14, 2, 3, 'cites')],
  tags: [],
  linkTypes: [],
};
const INDEX = indexOf(DATA);
const LABELS = new Map(DATA.nodes.map((node) => [node.id, node.label]));

function draw(limit: number, filter: Partial<GraphFilter> = {}, keep: (number | null)[] = [], openId: number | null = null) {
  const filtered = filterIndex(INDEX, { ...NO_GRAPH_FILTER, ...filter }, openId);
  const drawn = drawnGraph(INDEX, filtered, drawnPositions(INDEX, filtered, limit, keep), LABELS, []);
  return {
    nodes: drawn.data.nodes.map((node) => node.id),
    edges: drawn.data.edges.map((link) => link.id),
    visibleEdges: [...drawn.visible.edges].sort((a, b) => a - b),
    capped: drawn.capped,
  };
}

describe('drawnGraph', () => {
  it('draws everything the filter lets through while it fits the limit, with its labels, ends and types', () => {
    expect(draw(8)).toEqual({ nodes: [1, 2, 3, 4, 5, 6, 7, 8], edges: [10, 11, 12, 13, 14], visibleEdges: [10, 11, 12, 13, 14], capped: false });
    const filtered = filterIndex(INDEX, NO_GRAPH_FILTER, null);
    const { data } = drawnGraph(INDEX, filtered, drawnPositions(INDEX, filtered, 8), LABELS, []);
    expect(data.nodes[2]).toEqual({ id: 3, label: 'Paper 3' });
    expect(data.edges).toEqual(DATA.edges);
  });

  it('above the limit draws the most linked abstracts and the links among them', () => {
    // 1 has four links, 2 and 3 two each, 4 and 5 one: the lower id wins a tie.
    expect(draw(3)).toEqual({ nodes: [1, 2, 3], edges: [10, 11, 14], visibleEdges: [10, 11, 14], capped: true });
    expect(draw(4).nodes).toEqual([1, 2, 3, 4]);
  });

  it('always draws the abstracts it is asked to keep, when the filter shows them', () => {
    expect(draw(3, {}, [7, null]).nodes).toEqual([1, 2, 7]);
    expect(draw(2, { hops: 1 }, [7], 2).nodes).toEqual([1, 2]);
  });

  it('keeps a switched-off type’s links drawn but hidden, so switching it back redraws no graph', () => {
    const drawn = draw(8, { hiddenTypes: new Set(['cites']) });
    expect(drawn.edges).toEqual([10, 11, 12, 13, 14]);
    expect(drawn.visibleEdges).toEqual([10, 11, 12, 13]);
  });

  it('caps the filter’s result, not the library: a neighbourhood under the limit is drawn whole', () => {
    expect(draw(3, { hops: 1 }, [], 2)).toEqual({ nodes: [1, 2, 3], edges: [10, 11, 14], visibleEdges: [10, 11, 14], capped: false });
    expect(draw(2, { hops: 1 }, [], 2)).toMatchObject({ nodes: [1, 2], capped: true });
  });
});
