import type { GraphData, GraphEdgeData, GraphNodeData } from '../../db/links/graph-data';
import type { TagRow } from '../../db/organize/types';
import { isWithin } from '../../db/tags/tag-path';

/** How far from the open abstract the neighbourhood reaches; 'all' is its whole connected part. */
export type Hops = 1 | 2 | 3 | 'all';

export interface GraphFilter {
  /** Only abstracts carrying this tag or one of its descendants; null for every abstract. */
  tagId: number | null;
  /** Link types switched off; a type not listed (even one added later) is shown. */
  hiddenTypes: ReadonlySet<string>;
  /** Only the open abstract's N-hop neighbourhood; null for no such limit. */
  hops: Hops | null;
}

export const NO_GRAPH_FILTER: GraphFilter = { tagId: null, hiddenTypes: new Set(), hops: null };

/** A whole library as objects, each abstract with its tags: what `visibleGraph` filters (the tests' model of the index). */
export interface TaggedGraphData extends GraphData {
  nodes: (GraphNodeData & { tagIds: number[] })[];
  tags: TagRow[];
}

/** The node and edge ids (abstract ids, link ids) the filter lets through. */
export interface VisibleGraph {
  nodes: Set<number>;
  edges: Set<number>;
}

/** The ids of the abstracts carrying the tag or a descendant; null when the tag is gone (no limit). */
function taggedNodes(data: TaggedGraphData, tagId: number): Set<number> | null {
  const root = data.tags.find((tag) => tag.id === tagId);
  if (root === undefined) return null;
  const within = new Set(data.tags.filter((tag) => isWithin(tag.path, root.path)).map((tag) => tag.id));
  const ids = new Set<number>();
  for (const node of data.nodes) if (node.tagIds.some((id) => within.has(id))) ids.add(node.id);
  return ids;
}

/**
 * Breadth-first over the edges in both directions: the nodes at most `hops` steps from `root`
 * (every reachable node for 'all'), `root` included.
 */
export function neighbourhood(edges: readonly GraphEdgeData[], root: number, hops: Hops): Set<number> {
  const adjacent = new Map<number, number[]>();
  const connect = (a: number, b: number): void => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const edge of edges) {
    connect(edge.from, edge.to);
    connect(edge.to, edge.from);
  }
  const limit = hops === 'all' ? Infinity : hops;
  const reached = new Set([root]);
  let frontier = [root];
  for (let depth = 0; depth < limit && frontier.length > 0; depth += 1) {
    const next: number[] = [];
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (reached.has(other)) continue;
        reached.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return reached;
}

/**
 * What the graph shows under the filter. The tag narrows the abstracts, the types narrow the links
 * between them, and the neighbourhood is walked over what is left, from the open abstract (kept
 * even when it lacks the tag, since it is where the walk starts). With no open abstract the
 * neighbourhood limit does not apply.
 */
export function visibleGraph(data: TaggedGraphData, filter: GraphFilter, openId: number | null): VisibleGraph {
  let nodes = filter.tagId === null ? null : taggedNodes(data, filter.tagId);
  const root = filter.hops !== null && openId !== null && data.nodes.some((node) => node.id === openId) ? openId : null;
  if (nodes !== null && root !== null) nodes.add(root);
  const allowed = (id: number): boolean => nodes === null || nodes.has(id);
  let edges = data.edges.filter((edge) => !filter.hiddenTypes.has(edge.type) && allowed(edge.from) && allowed(edge.to));
  if (root !== null && filter.hops !== null) {
    nodes = neighbourhood(edges, root, filter.hops);
    const reached = nodes;
    edges = edges.filter((edge) => reached.has(edge.from) && reached.has(edge.to));
  }
  return {
    nodes: nodes ?? new Set(data.nodes.map((node) => node.id)),
    edges: new Set(edges.map((edge) => edge.id)),
  };
}
