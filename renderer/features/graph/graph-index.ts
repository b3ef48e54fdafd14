import type { GraphData } from '../../db/links/graph-data';

/**
 * The library's graph as typed arrays, built once per change of the data: a filter at 100k
 * abstracts walks these (a few milliseconds) instead of objects, sets and a graphology graph.
 * Nodes and edges are referred to by their position in `data.nodes` and `data.edges`.
 */
export interface GraphIndex {
  readonly data: GraphData;
  /** An abstract's position in `data.nodes`, by id. */
  readonly positionOf: ReadonlyMap<number, number>;
  /** Each edge's ends, as node positions. */
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  /** The edges at node p are `incident[incidentStart[p] … incidentStart[p + 1] - 1]` (edge positions). */
  readonly incidentStart: Int32Array;
  readonly incident: Int32Array;
  /** Node positions, most linked first (ties: the lower id first), for choosing what to draw. */
  readonly mostLinkedFirst: Int32Array;
  /** Node positions carrying each tag (the tag itself, not its descendants). */
  readonly tagged: ReadonlyMap<number, readonly number[]>;
}

export function buildGraphIndex(data: GraphData): GraphIndex {
  const nodeCount = data.nodes.length;
  const positionOf = new Map<number, number>();
  data.nodes.forEach((node, position) => positionOf.set(node.id, position));
  const edgeCount = data.edges.length;
  const edgeFrom = new Int32Array(edgeCount);
  const edgeTo = new Int32Array(edgeCount);
  const degree = new Int32Array(nodeCount);
  data.edges.forEach((edge, position) => {
    const from = positionOf.get(edge.from) ?? 0;
    const to = positionOf.get(edge.to) ?? 0;
    edgeFrom[position] = from;
    edgeTo[position] = to;
    degree[from] = (degree[from] ?? 0) + 1;
    degree[to] = (degree[to] ?? 0) + 1;
  });
  const incidentStart = new Int32Array(nodeCount + 1);
  for (let node = 0; node < nodeCount; node += 1) incidentStart[node + 1] = (incidentStart[node] ?? 0) + (degree[node] ?? 0);
  const filled = incidentStart.slice(0, nodeCount);
  const incident = new Int32Array(2 * edgeCount);
  for (let edge = 0; edge < edgeCount; edge += 1) {
    for (const end of [edgeFrom[edge] ?? 0, edgeTo[edge] ?? 0]) {
      incident[filled[end] ?? 0] = edge;
      filled[end] = (filled[end] ?? 0) + 1;
    }
  }
  // Nodes are in ascending id order, so a stable sort by degree leaves ties with the lower id first.
  const mostLinkedFirst = Int32Array.from(
    Array.from({ length: nodeCount }, (_, position) => position).sort((a, b) => (degree[b] ?? 0) - (degree[a] ?? 0)),
  );
  const tagged = new Map<number, number[]>();
  data.nodes.forEach((node, position) => {
    for (const tagId of node.tagIds) {
      const list = tagged.get(tagId);
      if (list) list.push(position);
      else tagged.set(tagId, [position]);
    }
  });
  return { data, positionOf, edgeFrom, edgeTo, incidentStart, incident, mostLinkedFirst, tagged };
}

/** The edge's end other than `node`. */
export function otherEnd(index: GraphIndex, edge: number, node: number): number {
  const from = index.edgeFrom[edge] ?? 0;
  return from === node ? (index.edgeTo[edge] ?? 0) : from;
}
