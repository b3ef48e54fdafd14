import { isWithin } from '../../db/tags/tag-path';
import type { GraphFilter } from './graph-filter';
import { otherEnd, positionOf, type GraphIndex } from './graph-index';

/** What a filter lets through, as one flag per node and edge position of the index. */
export interface FilteredGraph {
  nodes: Uint8Array;
  nodeCount: number;
  edges: Uint8Array;
  edgeCount: number;
}

/**
 * The positions of the nodes carrying the tag or a descendant; null when the tag is gone, or the
 * assignments are not read yet (no limit).
 */
function taggedPositions(index: GraphIndex, tagId: number): Uint8Array | null {
  const { tags, tagged } = index;
  const root = tags.find((tag) => tag.id === tagId);
  if (root === undefined || tagged === null) return null;
  const shown = new Uint8Array(index.nodeIds.length);
  for (const tag of tags) {
    if (!isWithin(tag.path, root.path)) continue;
    for (const position of tagged.get(tag.id) ?? []) shown[position] = 1;
  }
  return shown;
}

/** Breadth-first from `root` over the edges `passing` flags, both ways; the nodes reached within `limit` steps. */
function walk(index: GraphIndex, root: number, limit: number, passing: Uint8Array): Uint8Array {
  const reached = new Uint8Array(index.nodeIds.length);
  reached[root] = 1;
  let frontier = [root];
  for (let depth = 0; depth < limit && frontier.length > 0; depth += 1) {
    const next: number[] = [];
    for (const node of frontier) {
      const end = index.incidentStart[node + 1] ?? 0;
      for (let at = index.incidentStart[node] ?? 0; at < end; at += 1) {
        const edge = index.incident[at] ?? 0;
        if (passing[edge] !== 1) continue;
        const other = otherEnd(index, edge, node);
        if (reached[other] === 1) continue;
        reached[other] = 1;
        next.push(other);
      }
    }
    frontier = next;
  }
  return reached;
}

function count(flags: Uint8Array): number {
  let total = 0;
  for (let at = 0; at < flags.length; at += 1) total += flags[at] ?? 0;
  return total;
}

/** One flag per edge: its type is shown and both its ends are `allowed` (every node when null). */
function passingEdges(index: GraphIndex, hiddenTypes: ReadonlySet<string>, allowed: Uint8Array | null): Uint8Array {
  const hiddenType = Uint8Array.from(index.typeNames, (type) => (hiddenTypes.has(type) ? 1 : 0));
  const { edgeFrom, edgeTo, edgeType } = index;
  const passing = new Uint8Array(edgeType.length);
  for (let edge = 0; edge < passing.length; edge += 1) {
    if (hiddenType[edgeType[edge] ?? 0] === 1) continue;
    if (allowed !== null && (allowed[edgeFrom[edge] ?? 0] !== 1 || allowed[edgeTo[edge] ?? 0] !== 1)) continue;
    passing[edge] = 1;
  }
  return passing;
}

/**
 * The same answer as `visibleGraph` (graph-filter.ts), from the index: the tag narrows the
 * abstracts, the types narrow the links between them, and the neighbourhood is walked over what
 * is left from the open abstract (kept even without the tag).
 */
export function filterIndex(index: GraphIndex, filter: GraphFilter, openId: number | null): FilteredGraph {
  const nodeCount = index.nodeIds.length;
  const edgeCount = index.edgeIds.length;
  let shown = filter.tagId === null ? null : taggedPositions(index, filter.tagId);
  const root = filter.hops !== null && openId !== null ? positionOf(index, openId) : undefined;
  if (shown !== null && root !== undefined) shown[root] = 1;
  const passing = passingEdges(index, filter.hiddenTypes, shown);
  const hops = root === undefined ? null : filter.hops;
  const walked = root !== undefined && hops !== null;
  if (walked) shown = walk(index, root, hops === 'all' ? Infinity : hops, passing);
  const nodeFlags = shown ?? new Uint8Array(nodeCount).fill(1);
  const { edgeFrom, edgeTo } = index;
  // The passing edges are the answer, less those leaving the neighbourhood when one was walked.
  const edgeFlags = passing;
  if (walked) {
    for (let edge = 0; edge < edgeCount; edge += 1) {
      if (edgeFlags[edge] === 1 && (nodeFlags[edgeFrom[edge] ?? 0] !== 1 || nodeFlags[edgeTo[edge] ?? 0] !== 1)) edgeFlags[edge] = 0;
    }
  }
  return { nodes: nodeFlags, nodeCount: count(nodeFlags), edges: edgeFlags, edgeCount: count(edgeFlags) };
}
