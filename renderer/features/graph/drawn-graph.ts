import type { GraphData, GraphEdgeData, GraphNodeData } from '../../db/links/graph-data';
import type { LinkTypeRow } from '../../db/links/rows';
import type { VisibleGraph } from './graph-filter';
import { otherEnd, positionOf, type GraphIndex } from './graph-index';
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

/** The positions to draw, ascending: the kept ones the filter shows, then the most linked until `limit`. */
export function drawnPositions(index: GraphIndex, filtered: FilteredGraph, limit: number, keep: readonly (number | null)[] = []): Int32Array {
  const drawn = filtered.nodeCount <= limit ? filtered.nodes : new Uint8Array(filtered.nodes.length);
  if (drawn !== filtered.nodes) {
    let taken = 0;
    for (const id of keep) {
      const position = id === null ? undefined : positionOf(index, id);
      if (position === undefined || filtered.nodes[position] !== 1 || drawn[position] === 1) continue;
      drawn[position] = 1;
      taken += 1;
    }
    const { mostLinkedFirst } = index;
    const shown = filtered.nodes;
    for (let at = 0; at < mostLinkedFirst.length && taken < limit; at += 1) {
      const position = mostLinkedFirst[at] ?? 0;
      if (shown[position] !== 1 || drawn[position] === 1) continue;
      drawn[position] = 1;
      taken += 1;
    }
  }
  const positions = new Int32Array(Math.min(filtered.nodeCount, limit + keep.length));
  let count = 0;
  for (let position = 0; position < drawn.length && count < positions.length; position += 1) {
    if (drawn[position] === 1) positions[count++] = position;
  }
  return positions.slice(0, count);
}

/** The drawn abstracts' ids, ascending (what their labels are read for). */
export function drawnIds(index: GraphIndex, positions: Int32Array): number[] {
  return Array.from(positions, (position) => index.nodeIds[position] ?? 0);
}

/**
 * The part of the filtered graph sigma draws: the nodes at `positions` (from `drawnPositions`), every
 * link among them, and their `labels`. Drawing a capped set keeps the first frame, each filter and
 * panning within budget at 100k, where sigma's indexing, its buffers and ForceAtlas2 grow with
 * every node and link handed to them.
 */
export function drawnGraph(
  index: GraphIndex,
  filtered: FilteredGraph,
  positions: Int32Array,
  labels: ReadonlyMap<number, string>,
  linkTypes: LinkTypeRow[],
): DrawnGraph {
  const drawn = new Uint8Array(index.nodeIds.length);
  for (let at = 0; at < positions.length; at += 1) drawn[positions[at] ?? 0] = 1;
  const nodes: GraphNodeData[] = [];
  const visibleNodes = new Set<number>();
  const edges: GraphEdgeData[] = [];
  const visibleEdges = new Set<number>();
  for (const position of positions) {
    const id = index.nodeIds[position] ?? 0;
    nodes.push({ id, label: labels.get(id) ?? '' });
    visibleNodes.add(id);
    const end = index.incidentStart[position + 1] ?? 0;
    for (let at = index.incidentStart[position] ?? 0; at < end; at += 1) {
      const edge = index.incident[at] ?? 0;
      // Each edge once, from its lower end; a node's own loops are never stored.
      const other = otherEnd(index, edge, position);
      if (other < position || drawn[other] !== 1) continue;
      const link: GraphEdgeData = {
        id: index.edgeIds[edge] ?? 0,
        from: index.nodeIds[index.edgeFrom[edge] ?? 0] ?? 0,
        to: index.nodeIds[index.edgeTo[edge] ?? 0] ?? 0,
        type: index.typeNames[index.edgeType[edge] ?? 0] ?? '',
      };
      edges.push(link);
      if (filtered.edges[edge] === 1) visibleEdges.add(link.id);
    }
  }
  // Edges in link order, so a graph built from them is the same whatever was drawn before.
  edges.sort((a, b) => a.id - b.id);
  return {
    data: { nodes, edges, linkTypes },
    visible: { nodes: visibleNodes, edges: visibleEdges },
    capped: filtered.nodeCount > nodes.length,
  };
}
