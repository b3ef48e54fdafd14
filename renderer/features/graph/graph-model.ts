import Graph from 'graphology';
import type { GraphData } from '../../db/links/graph-data';
import { linkTypeInfo } from '../../db/links/link-types';
import { spiralPosition } from './layout';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  /** The title as drawn beside the node, shortened. */
  label: string;
  /** The whole display title, shown on hover. */
  fullLabel: string;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  /** Sigma's edge program: an arrow for a directed link type, a plain line for a symmetric one. */
  type: 'arrow' | 'line';
}

export type LinkGraph = Graph<NodeAttributes, EdgeAttributes>;

export function createLinkGraph(): LinkGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
}

export const key = (id: number): string => String(id);

const LABEL_LIMIT = 56;

/** A title short enough to sit beside its node without running over its neighbours. */
export function shortLabel(title: string): string {
  if (title.length <= LABEL_LIMIT) return title;
  const space = title.lastIndexOf(' ', LABEL_LIMIT);
  return `${title.slice(0, space > LABEL_LIMIT / 2 ? space : LABEL_LIMIT).replace(/[\s,;:.…-]+$/u, '')}…`;
}

/** True when the graph holds exactly the data's nodes and edges (labels and types may differ). */
export function sameTopology(graph: LinkGraph, data: GraphData): boolean {
  if (graph.order !== data.nodes.length || graph.size !== data.edges.length) return false;
  return data.nodes.every((node) => graph.hasNode(key(node.id))) && data.edges.every((edge) => graph.hasEdge(key(edge.id)));
}

export function nodeSize(degree: number, nodeCount: number): number {
  const base = nodeCount > 1000 ? 2 : 4;
  return base + Math.min(8, Math.sqrt(degree) * 1.5);
}

export function edgeAttributes(data: GraphData, type: string, nodeCount: number): EdgeAttributes {
  const info = linkTypeInfo(type, data.linkTypes);
  return { color: info.color, type: info.inverseLabel === null ? 'line' : 'arrow', size: nodeCount > 1000 ? 0.6 : 1.2 };
}

/** Puts the data's titles and link colours on a graph that already holds its nodes and edges, in one pass each (one event each for sigma). */
function updateAttributes(graph: LinkGraph, data: GraphData): void {
  const labels = new Map(data.nodes.map((node) => [key(node.id), node.label]));
  if (data.nodes.some((node) => graph.getNodeAttribute(key(node.id), 'fullLabel') !== node.label)) {
    graph.updateEachNodeAttributes(
      (node, attributes) => {
        const title = labels.get(node) ?? attributes.fullLabel;
        if (title !== attributes.fullLabel) Object.assign(attributes, { label: shortLabel(title), fullLabel: title });
        return attributes;
      },
      { attributes: ['label', 'fullLabel'] },
    );
  }
  const count = data.nodes.length;
  const wanted = new Map(data.edges.map((edge) => [key(edge.id), edgeAttributes(data, edge.type, count)]));
  const differs = (edge: string, attributes: EdgeAttributes): boolean => {
    const next = wanted.get(edge);
    return next !== undefined && (next.color !== attributes.color || next.type !== attributes.type || next.size !== attributes.size);
  };
  if (!graph.someEdge((edge, attributes) => differs(edge, attributes))) return;
  graph.updateEachEdgeAttributes((edge, attributes) => ({ ...attributes, ...wanted.get(edge) }), { attributes: ['color', 'type', 'size'] });
}

/** Where nodes were drawn before: a graph, or positions remembered from graphs no longer shown. */
export type PlacedPositions = LinkGraph | ReadonlyMap<string, { x: number; y: number }>;

function positionsOf(placedIn: PlacedPositions): ReadonlyMap<string, { x: number; y: number }> {
  if (!('forEachNode' in placedIn)) return placedIn;
  const placed = new Map<string, { x: number; y: number }>();
  placedIn.forEachNode((node, attributes) => placed.set(node, { x: attributes.x, y: attributes.y }));
  return placed;
}

/**
 * Where a node never drawn starts: beside a linked node that has a place (a neighbourhood or a
 * found abstract joins the picture next to what it links to), else on the spiral.
 */
export function startingPositions(data: GraphData, placed: ReadonlyMap<string, { x: number; y: number }>): Map<string, { x: number; y: number }> {
  const starts = new Map<string, { x: number; y: number }>();
  const anchorOf = new Map<string, { x: number; y: number }>();
  // Only a node never placed looks for an anchor: a filter at 2,000 drawn abstracts walks its links, not every link's keys.
  const unplaced = new Set(data.nodes.filter((node) => !placed.has(key(node.id))).map((node) => node.id));
  const anchor = (node: number, other: number): void => {
    if (!unplaced.has(node) || unplaced.has(other) || anchorOf.has(key(node))) return;
    const position = placed.get(key(other));
    if (position !== undefined) anchorOf.set(key(node), position);
  };
  if (unplaced.size > 0) {
    for (const edge of data.edges) {
      anchor(edge.from, edge.to);
      anchor(edge.to, edge.from);
    }
  }
  data.nodes.forEach((node, index) => {
    const id = key(node.id);
    const anchor = anchorOf.get(id);
    const beside = spiralPosition(index % 50);
    starts.set(id, placed.get(id) ?? (anchor === undefined ? spiralPosition(index) : { x: anchor.x + beside.x / 4, y: anchor.y + beside.y / 4 }));
  });
  return starts;
}

/**
 * Brings the graph in line with the data. Returns true when nodes or edges were added or removed,
 * which calls for a new layout; abstracts already placed (in `placedIn`, the graph itself unless
 * given) keep their positions, new ones start beside a placed neighbour or on the spiral. A change
 * of titles or link types only updates attributes. A new graph is built node by node: build it
 * before sigma listens to it.
 */
export function syncLinkGraph(graph: LinkGraph, data: GraphData, placedIn: PlacedPositions = graph): boolean {
  const count = data.nodes.length;
  if (graph === placedIn && sameTopology(graph, data)) {
    updateAttributes(graph, data);
    return false;
  }
  const starts = startingPositions(data, positionsOf(placedIn));
  graph.clear();
  const degree = new Map<number, number>();
  for (const edge of data.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  data.nodes.forEach((node, index) => {
    const position = starts.get(key(node.id)) ?? spiralPosition(index);
    graph.addNode(key(node.id), { ...position, label: shortLabel(node.label), fullLabel: node.label, size: nodeSize(degree.get(node.id) ?? 0, count) });
  });
  for (const edge of data.edges) {
    graph.addEdgeWithKey(key(edge.id), key(edge.from), key(edge.to), edgeAttributes(data, edge.type, count));
  }
  return true;
}
