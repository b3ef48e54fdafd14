import type { GraphData, GraphEdgeData, GraphNodeData } from '../../db/links/graph-data';
import type { VisibleGraph } from './graph-filter';
import { otherEnd, type GraphIndex } from './graph-index';
import type { FilteredGraph } from './index-filter';

/** What sigma is given: at most the limit's nodes, the links among them, and which of those the filter shows. */
export interface DrawnGraph {
  /** The drawn nodes (ascending id) and every link between two of them, whatever its type. */
  data: GraphData;
  /** The drawn nodes, and the drawn links the filter shows (a switched-off type stays drawn, hidden). */
  visible: VisibleGraph;
  /** True when the filter lets through more abstracts than are drawn. */
  capped: boolean;
}

/** The positions to draw: the kept ones the filter shows, then the most linked until `limit`. */
function choose(index: GraphIndex, filtered: FilteredGraph, limit: number, keep: readonly (number | null)[]): Uint8Array {
  const drawn = new Uint8Array(index.data.nodes.length);
  if (filtered.nodeCount <= limit) return filtered.nodes;
  let taken = 0;
  for (const id of keep) {
    const position = id === null ? undefined : index.positionOf.get(id);
    if (position === undefined || filtered.nodes[position] !== 1 || drawn[position] === 1) continue;
    drawn[position] = 1;
    taken += 1;
  }
  for (const position of index.mostLinkedFirst) {
    if (taken >= limit) break;
    if (filtered.nodes[position] !== 1 || drawn[position] === 1) continue;
    drawn[position] = 1;
    taken += 1;
  }
  return drawn;
}

/**
 * The part of the filtered graph sigma draws: all of it up to `limit` abstracts, else the `keep`
 * abstracts (the open and the picked one) and the most linked others. Drawing a capped set keeps
 * the first frame, each filter and panning within budget at 100k, where sigma's indexing, its
 * buffers and ForceAtlas2 grow with every node and link handed to them.
 */
export function drawnGraph(index: GraphIndex, filtered: FilteredGraph, limit: number, keep: readonly (number | null)[] = []): DrawnGraph {
  const { data } = index;
  const drawn = choose(index, filtered, limit, keep);
  const nodes: GraphNodeData[] = [];
  const visibleNodes = new Set<number>();
  const edges: GraphEdgeData[] = [];
  const visibleEdges = new Set<number>();
  data.nodes.forEach((node, position) => {
    if (drawn[position] !== 1) return;
    nodes.push(node);
    visibleNodes.add(node.id);
    const end = index.incidentStart[position + 1] ?? 0;
    for (let at = index.incidentStart[position] ?? 0; at < end; at += 1) {
      const edgePosition = index.incident[at] ?? 0;
      // Each edge once, from its lower end; a node's own loops are never stored.
      const other = otherEnd(index, edgePosition, position);
      if (other < position || drawn[other] !== 1) continue;
      const edge = data.edges[edgePosition];
      if (edge === undefined) continue;
      edges.push(edge);
      if (filtered.edges[edgePosition] === 1) visibleEdges.add(edge.id);
    }
  });
  // Edges in the data's order, so a graph built from them is the same whatever was drawn before.
  edges.sort((a, b) => a.id - b.id);
  return {
    data: { nodes, edges, tags: data.tags, linkTypes: data.linkTypes },
    visible: { nodes: visibleNodes, edges: visibleEdges },
    capped: filtered.nodeCount > nodes.length,
  };
}
