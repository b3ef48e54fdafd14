import type { VisibleGraph } from './graph-filter';
import type { GraphMarks } from './graph-renderer';
import type { LinkGraph } from './graph-model';

/** What the graph shows: the filter's result (null for everything) and the marked abstracts. */
export interface ViewState {
  visible: VisibleGraph | null;
  marks: GraphMarks;
}

/** The nodes and edges (graph keys) whose look differs between two views. */
export interface ViewChanges {
  nodes: string[];
  edges: string[];
  /** True when every change hides an item: nothing is shown again and no mark moved. */
  onlyHidden: boolean;
}

const shows = (visible: VisibleGraph | null, kind: 'nodes' | 'edges', id: number): boolean => visible === null || visible[kind].has(id);

/**
 * The items a move from `before` to `after` redraws, so a filter at 10k nodes touches what it
 * hides or shows rather than every node and edge.
 */
export function viewChanges(graph: LinkGraph, before: ViewState, after: ViewState): ViewChanges {
  const nodes: string[] = [];
  const edges: string[] = [];
  let onlyHidden = true;
  if (before.visible !== after.visible) {
    const collect = (kind: 'nodes' | 'edges', into: string[]) => (key: string): void => {
      const is = shows(after.visible, kind, Number(key));
      if (shows(before.visible, kind, Number(key)) === is) return;
      into.push(key);
      if (is) onlyHidden = false;
    };
    graph.forEachNode(collect('nodes', nodes));
    graph.forEachEdge(collect('edges', edges));
  }
  const marked = new Set<string>();
  for (const [last, next] of [
    [before.marks.openId, after.marks.openId],
    [before.marks.pickedId, after.marks.pickedId],
  ] as const) {
    if (last === next) continue;
    for (const id of [last, next]) if (id !== null && graph.hasNode(String(id))) marked.add(String(id));
  }
  if (marked.size > 0) {
    onlyHidden = false;
    const listed = new Set(nodes);
    for (const node of marked) if (!listed.has(node)) nodes.push(node);
  }
  return { nodes, edges, onlyHidden };
}
