import type { TagAssignments } from '../../db/links/graph-data';
import type { LinkEnds } from '../../db/links/ends-blocks';
import type { TagRow } from '../../db/organize/types';

/**
 * The library's graph as typed arrays, built once per change of the library: a filter at 100k
 * abstracts walks these (a few milliseconds) instead of objects, sets and a graphology graph.
 * Nodes are referred to by their position in `nodeIds`, edges by their position in the edge arrays.
 */
export interface GraphIndex {
  /** Every abstract's id, ascending. */
  readonly nodeIds: readonly number[];
  /** Each edge's link id, ends (node positions) and type (a position in `typeNames`), ascending by link id. */
  readonly edgeIds: Float64Array;
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeType: Uint16Array;
  readonly typeNames: readonly string[];
  /** The types the edges have, in the order they first occur. */
  readonly typesInUse: readonly string[];
  /** The edges at node p are `incident[incidentStart[p] … incidentStart[p + 1] - 1]` (edge positions). */
  readonly incidentStart: Int32Array;
  readonly incident: Int32Array;
  /** Node positions, most linked first (ties: the lower id first), for choosing what to draw. */
  readonly mostLinkedFirst: Int32Array;
  /** The library's tags, for the tag filter's descendants; empty until the assignments are read. */
  readonly tags: readonly TagRow[];
  /** Node positions carrying each tag (the tag itself, not its descendants); null until the assignments are read. */
  readonly tagged: ReadonlyMap<number, readonly number[]> | null;
}

/** `id`'s position in the ascending `ids`, by binary search; undefined when it is not there. */
function positionIn(ids: readonly number[], id: number): number | undefined {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = ids[middle] ?? 0;
    if (found === id) return middle;
    if (found < id) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/**
 * `positionIn` for many lookups: a table by id when the ids are dense enough (a library's ids run
 * from 1 with few gaps), a binary search otherwise. 200k link ends at 100k abstracts: a few ms.
 */
function positionTable(ids: readonly number[]): (id: number) => number | undefined {
  const last = ids[ids.length - 1] ?? 0;
  if (!Number.isSafeInteger(last) || last > 4 * ids.length + 1024) return (id) => positionIn(ids, id);
  const table = new Int32Array(last + 1).fill(-1);
  ids.forEach((id, position) => {
    if (Number.isInteger(id) && id >= 0) table[id] = position;
  });
  return (id) => {
    const position = Number.isInteger(id) && id >= 0 && id <= last ? (table[id] ?? -1) : -1;
    return position < 0 ? undefined : position;
  };
}

/** An abstract's position among the index's nodes; undefined when it is not in the library. */
export function positionOf(index: GraphIndex, id: number): number | undefined {
  return positionIn(index.nodeIds, id);
}

/** Positions by degree, highest first, ties in position order: a counting sort, linear at 100k nodes. */
function byDegree(degree: Int32Array): Int32Array {
  let most = 0;
  for (const value of degree) most = Math.max(most, value);
  const startOf = new Int32Array(most + 2);
  for (const value of degree) startOf[most - value + 1] = (startOf[most - value + 1] ?? 0) + 1;
  for (let bucket = 1; bucket < startOf.length; bucket += 1) startOf[bucket] = (startOf[bucket] ?? 0) + (startOf[bucket - 1] ?? 0);
  const order = new Int32Array(degree.length);
  degree.forEach((value, position) => {
    const bucket = most - value;
    order[startOf[bucket] ?? 0] = position;
    startOf[bucket] = (startOf[bucket] ?? 0) + 1;
  });
  return order;
}

/**
 * The index of the library's graph: every abstract a node, every link between two stored abstracts
 * an edge. Mentions from standalone notes (no abstract to start from), self-links and links to an
 * abstract no longer stored are left out: they join no two abstracts.
 */
export function buildGraphIndex(nodeIds: readonly number[], links: LinkEnds): GraphIndex {
  const total = links.ids.length;
  const edgeIds = new Float64Array(total);
  const edgeFrom = new Int32Array(total);
  const edgeTo = new Int32Array(total);
  const edgeType = new Uint16Array(total);
  const degree = new Int32Array(nodeIds.length);
  const typeSeen = new Uint8Array(links.typeNames.length);
  const typesInUse: string[] = [];
  let edgeCount = 0;
  const positionById = positionTable(nodeIds);
  for (let link = 0; link < total; link += 1) {
    const from = positionById(links.fromIds[link] ?? 0);
    const to = positionById(links.toIds[link] ?? 0);
    if (from === undefined || to === undefined || from === to) continue;
    const type = links.typeOf[link] ?? 0;
    edgeIds[edgeCount] = links.ids[link] ?? 0;
    edgeFrom[edgeCount] = from;
    edgeTo[edgeCount] = to;
    edgeType[edgeCount] = type;
    edgeCount += 1;
    degree[from] = (degree[from] ?? 0) + 1;
    degree[to] = (degree[to] ?? 0) + 1;
    if (typeSeen[type] === 0) {
      typeSeen[type] = 1;
      typesInUse.push(links.typeNames[type] ?? '');
    }
  }
  const incidentStart = new Int32Array(nodeIds.length + 1);
  for (let node = 0; node < nodeIds.length; node += 1) incidentStart[node + 1] = (incidentStart[node] ?? 0) + (degree[node] ?? 0);
  const filled = incidentStart.slice(0, nodeIds.length);
  const incident = new Int32Array(2 * edgeCount);
  for (let edge = 0; edge < edgeCount; edge += 1) {
    for (const end of [edgeFrom[edge] ?? 0, edgeTo[edge] ?? 0]) {
      incident[filled[end] ?? 0] = edge;
      filled[end] = (filled[end] ?? 0) + 1;
    }
  }
  return {
    nodeIds,
    edgeIds: edgeIds.slice(0, edgeCount),
    edgeFrom: edgeFrom.slice(0, edgeCount),
    edgeTo: edgeTo.slice(0, edgeCount),
    edgeType: edgeType.slice(0, edgeCount),
    typesInUse,
    incidentStart,
    incident,
    typeNames: links.typeNames,
    mostLinkedFirst: byDegree(degree),
    tags: [],
    tagged: null,
  };
}

/** The index with the tags and who carries which, for the tag filter (a pass over the assignments; the rest is shared). */
export function withTags(index: GraphIndex, tags: readonly TagRow[], assignments: TagAssignments): GraphIndex {
  const tagged = new Map<number, number[]>();
  for (const [abstractId, tagId] of assignments) {
    const position = positionOf(index, abstractId);
    if (position === undefined) continue;
    const list = tagged.get(tagId);
    if (list) list.push(position);
    else tagged.set(tagId, [position]);
  }
  return { ...index, tags, tagged };
}

/** The edge's end other than `node`. */
export function otherEnd(index: GraphIndex, edge: number, node: number): number {
  const from = index.edgeFrom[edge] ?? 0;
  return from === node ? (index.edgeTo[edge] ?? 0) : from;
}
