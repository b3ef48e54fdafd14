import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../../renderer/db/links/graph-data';
import { createLinkGraph, syncLinkGraph, type LinkGraph } from '../../../../renderer/features/graph/graph-model';
import { graphDifference, patchLinkGraph, worthPatching } from '../../../../renderer/features/graph/graph-patch';

const node = (id: number): GraphData['nodes'][number] => ({ id, label: `Abstract ${id}` });
const link = (id: number, from: number, to: number, type = 'supports'): GraphData['edges'][number] => ({ id, from, to, type });

/** What a user sees of a graph: its nodes with title and size, its edges with ends and look (not where nodes lie). */
function picture(graph: LinkGraph): unknown {
  return {
    nodes: graph.mapNodes((key, { label, fullLabel, size }) => ({ key, label, fullLabel, size })).sort((a, b) => a.key.localeCompare(b.key)),
    edges: graph
      .mapEdges((key, attributes, source, target) => ({ key, source, target, ...attributes }))
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}

const whole: GraphData = {
  nodes: [1, 2, 3, 4, 5].map(node),
  edges: [link(10, 1, 2), link(11, 2, 3, 'related'), link(12, 3, 4), link(13, 4, 5, 'contradicts')],
  linkTypes: [],
};
/** A neighbourhood of 2: some nodes gone, one never drawn before (6). */
const filtered: GraphData = { nodes: [1, 2, 3, 6].map(node), edges: [link(10, 1, 2), link(11, 2, 3, 'related'), link(14, 6, 2)], linkTypes: [] };

describe('patchLinkGraph', () => {
  it('shows the same nodes and edges after a filter is applied and cleared as before it', () => {
    const graph = createLinkGraph();
    syncLinkGraph(graph, whole);
    const before = picture(graph);
    patchLinkGraph(graph, filtered, new Map());
    const fresh = createLinkGraph();
    syncLinkGraph(fresh, filtered);
    expect(picture(graph)).toEqual(picture(fresh));
    patchLinkGraph(graph, whole, new Map());
    expect(picture(graph)).toEqual(before);
  });

  it('keeps nodes that stay where they are, brings back a hidden one to its place, and starts a new one beside its link', () => {
    const graph = createLinkGraph();
    syncLinkGraph(graph, whole);
    graph.mergeNodeAttributes('2', { x: 300, y: -200 });
    const remembered = new Map([['4', { x: 50, y: 60 }]]);
    const added = patchLinkGraph(graph, filtered, remembered);
    expect(added).toEqual(['6']);
    expect(graph.getNodeAttributes('2')).toMatchObject({ x: 300, y: -200 });
    const { x, y } = graph.getNodeAttributes('6');
    expect(Math.hypot(x - 300, y + 200)).toBeLessThan(50);
    patchLinkGraph(graph, whole, remembered);
    expect(graph.getNodeAttributes('4')).toMatchObject({ x: 50, y: 60 });
  });

  it('moves a link whose ends changed, and recolours one whose type changed', () => {
    const graph = createLinkGraph();
    syncLinkGraph(graph, whole);
    const next: GraphData = { ...whole, edges: [link(10, 1, 3), link(11, 2, 3, 'supports'), link(12, 3, 4), link(13, 4, 5, 'contradicts')] };
    patchLinkGraph(graph, next, new Map());
    const fresh = createLinkGraph();
    syncLinkGraph(fresh, next);
    expect(picture(graph)).toEqual(picture(fresh));
  });
});

describe('worthPatching', () => {
  it('patches a small change and builds anew when much of the graph comes or goes', () => {
    const graph = createLinkGraph();
    syncLinkGraph(graph, whole);
    const oneMore: GraphData = { ...whole, nodes: [...whole.nodes, node(6)], edges: [...whole.edges, link(14, 6, 1)] };
    expect(graphDifference(graph, oneMore)).toEqual({ added: 1, dropped: 0, droppedEdges: 0 });
    expect(worthPatching(graphDifference(graph, oneMore), graph.order)).toBe(true);
    expect(graphDifference(graph, filtered)).toEqual({ added: 1, dropped: 2, droppedEdges: 2 });
    expect(worthPatching(graphDifference(graph, filtered), graph.order)).toBe(false);
    expect(worthPatching({ added: 1, dropped: 0, droppedEdges: 0 }, 0)).toBe(false);
  });
});
