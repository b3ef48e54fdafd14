import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../../renderer/db/links/graph-data';
import type { VisibleGraph } from '../../../../renderer/features/graph/graph-filter';
import { createLinkGraph, syncLinkGraph } from '../../../../renderer/features/graph/graph-model';
import { viewChanges } from '../../../../renderer/features/graph/view-changes';

const data: GraphData = {
  nodes: [1, 2, 3, 4].map((id) => ({ id, label: `N${id}` })),
  edges: [
    { id: 10, from: 1, to: 2, type: 'cites' },
    { id: 11, from: 3, to: 4, type: 'cites' },
  ],
  linkTypes: [],
};

const view = (nodes: number[], edges: number[]): VisibleGraph => ({ nodes: new Set(nodes), edges: new Set(edges) });
const unmarked = { openId: null, pickedId: null };

describe('viewChanges', () => {
  const graph = createLinkGraph();
  syncLinkGraph(graph, data);

  it('lists nothing when the view is the same, even as a new object', () => {
    expect(viewChanges(graph, { visible: null, marks: unmarked }, { visible: view([1, 2, 3, 4], [10, 11]), marks: unmarked })).toEqual({ nodes: [], edges: [], onlyHidden: true });
  });

  it('lists what a narrowing filter hides, as a change that only hides', () => {
    const changes = viewChanges(graph, { visible: null, marks: unmarked }, { visible: view([1, 2], [10]), marks: unmarked });
    expect(changes).toEqual({ nodes: ['3', '4'], edges: ['11'], onlyHidden: true });
  });

  it('says when items come back or a mark moves, which needs the whole graph indexed', () => {
    expect(viewChanges(graph, { visible: view([1, 2], [10]), marks: unmarked }, { visible: null, marks: unmarked }).onlyHidden).toBe(false);
    const marked = viewChanges(graph, { visible: null, marks: unmarked }, { visible: null, marks: { openId: 3, pickedId: null } });
    expect(marked).toEqual({ nodes: ['3'], edges: [], onlyHidden: false });
  });
});
