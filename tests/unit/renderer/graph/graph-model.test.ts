import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../../renderer/db/links/graph-data';
import { createLinkGraph, shortLabel, syncLinkGraph } from '../../../../renderer/features/graph/graph-model';
import { layoutIterations, spiralPosition } from '../../../../renderer/features/graph/layout';

const data = (labels: string[], edges: GraphData['edges']): GraphData => ({
  nodes: labels.map((label, index) => ({ id: index + 1, label })),
  edges,
  linkTypes: [],
});

describe('syncLinkGraph', () => {
  it('builds nodes on the spiral and edges coloured by type, arrows only for directed types', () => {
    const graph = createLinkGraph();
    const changed = syncLinkGraph(graph, data(['A', 'B', 'C'], [
      { id: 7, from: 1, to: 2, type: 'supports' },
      { id: 8, from: 2, to: 3, type: 'related' },
    ]));
    expect(changed).toBe(true);
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttributes('2')).toMatchObject({ label: 'B', ...spiralPosition(1) });
    expect(graph.getEdgeAttributes('7')).toMatchObject({ type: 'arrow', color: '#2f9e6e' });
    expect(graph.getEdgeAttributes('8').type).toBe('line');
    // The better-linked node is drawn bigger.
    expect(graph.getNodeAttribute('2', 'size')).toBeGreaterThan(graph.getNodeAttribute('1', 'size'));
  });

  it('renames in place without asking for a new layout, and keeps positions when abstracts come', () => {
    const graph = createLinkGraph();
    syncLinkGraph(graph, data(['A', 'B'], []));
    graph.mergeNodeAttributes('1', { x: 42, y: -7 });
    expect(syncLinkGraph(graph, data(['A renamed', 'B'], []))).toBe(false);
    expect(graph.getNodeAttributes('1')).toMatchObject({ label: 'A renamed', x: 42, y: -7 });
    expect(syncLinkGraph(graph, data(['A renamed', 'B', 'C'], [{ id: 1, from: 3, to: 1, type: 'cites' }]))).toBe(true);
    expect(graph.getNodeAttributes('1')).toMatchObject({ x: 42, y: -7 });
    expect(graph.hasEdge('1')).toBe(true);
  });

  it('builds a new graph from the positions another one holds, and leaves that one alone', () => {
    const shown = createLinkGraph();
    syncLinkGraph(shown, data(['A', 'B'], []));
    shown.mergeNodeAttributes('2', { x: 5, y: 6 });
    const next = createLinkGraph();
    expect(syncLinkGraph(next, data(['A', 'B', 'C'], []), shown)).toBe(true);
    expect(next.getNodeAttributes('2')).toMatchObject({ x: 5, y: 6 });
    expect(next.getNodeAttributes('3')).toMatchObject(spiralPosition(2));
    expect(shown.order).toBe(2);
  });

  it('starts an abstract never drawn beside a linked one already placed, and brings a hidden one back to its place', () => {
    const remembered = new Map([
      ['1', { x: 500, y: 500 }],
      ['2', { x: -300, y: 40 }],
    ]);
    const next = createLinkGraph();
    syncLinkGraph(next, data(['A', 'B', 'C', 'D'], [{ id: 7, from: 3, to: 1, type: 'supports' }]), remembered);
    expect(next.getNodeAttributes('2')).toMatchObject({ x: -300, y: 40 });
    const { x, y } = next.getNodeAttributes('3');
    expect(Math.hypot(x - 500, y - 500)).toBeLessThan(50);
    // Linked to nothing placed: the spiral, as before.
    expect(next.getNodeAttributes('4')).toMatchObject(spiralPosition(3));
  });

  it('updates only the titles that changed, with one event for the whole graph', () => {
    const graph = createLinkGraph();
    syncLinkGraph(graph, data(['A', 'B', 'C'], [{ id: 7, from: 1, to: 2, type: 'supports' }]));
    const events: string[] = [];
    for (const name of ['nodeAttributesUpdated', 'eachNodeAttributesUpdated', 'edgeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const) {
      graph.on(name, () => events.push(name));
    }
    syncLinkGraph(graph, data(['A', 'B', 'C'], [{ id: 7, from: 1, to: 2, type: 'supports' }]));
    expect(events).toEqual([]);
    syncLinkGraph(graph, data(['A', 'B renamed', 'C'], [{ id: 7, from: 1, to: 2, type: 'supports' }]));
    expect(events).toEqual(['eachNodeAttributesUpdated']);
    expect(graph.getNodeAttribute('2', 'fullLabel')).toBe('B renamed');
  });
});

describe('layoutIterations', () => {
  it('gives small graphs many iterations and large ones a bounded budget', () => {
    expect(layoutIterations(26, 30)).toBe(600);
    expect(layoutIterations(5000, 20000)).toBe(80);
    expect(layoutIterations(100000, 400000)).toBe(40);
  });
});

describe('shortLabel', () => {
  it('keeps short titles and cuts long ones on a word boundary, with an ellipsis', () => {
    expect(shortLabel('Energy Propagation in Deep Convolutional Neural Networks')).toBe('Energy Propagation in Deep Convolutional Neural Networks');
    const cut = shortLabel('In this paper, we analyze the effects of depth and width on the quality of local minima');
    expect(cut).toBe('In this paper, we analyze the effects of depth and width…');
    expect(cut.length).toBeLessThanOrEqual(57);
  });
});
