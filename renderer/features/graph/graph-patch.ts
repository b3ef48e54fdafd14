import type { GraphData } from '../../db/links/graph-data';
import { edgeAttributes, key, nodeSize, shortLabel, startingPositions, type LinkGraph } from './graph-model';

/** How much of a graph a new drawn set keeps: what decides between patching it and building a new one. */
export interface GraphDifference {
  /** Nodes of the data the graph lacks. */
  added: number;
  /** Nodes of the graph the data lacks. */
  dropped: number;
  /** Edges of the graph the data lacks. */
  droppedEdges: number;
}

export function graphDifference(graph: LinkGraph, data: GraphData): GraphDifference {
  let kept = 0;
  for (let at = 0; at < data.nodes.length; at += 1) if (graph.hasNode(key(data.nodes[at]?.id ?? 0))) kept += 1;
  let keptEdges = 0;
  for (let at = 0; at < data.edges.length; at += 1) if (graph.hasEdge(key(data.edges[at]?.id ?? 0))) keptEdges += 1;
  return { added: data.nodes.length - kept, dropped: graph.order - kept, droppedEdges: graph.size - keptEdges };
}

/** Above this share of the graph's nodes coming or going, a fresh graph is built instead. */
const PATCH_SHARE = 0.25;

/**
 * True when patching is the cheaper way to the new set. Sigma indexes the whole graph again after
 * a patch with drops just as after a new graph, and dropping a node in graphology costs more than
 * adding one: measured at 2,000 drawn nodes, patching half of them was no faster than building
 * anew, so only small changes (a link or abstract added, a found abstract joining) are patched.
 */
export function worthPatching({ added, dropped }: GraphDifference, order: number): boolean {
  return order > 0 && added + dropped <= PATCH_SHARE * order;
}

/**
 * Brings `graph` to exactly the data's nodes and edges in place: drops what the data lacks, adds
 * what is new (beside a placed neighbour, or where it was last seen in `remembered`), and updates
 * the sizes, titles and colours of what stays (only where they differ). Nodes that stay keep their
 * positions. Returns the keys of the nodes added. Sigma may listen while nothing is dropped (it
 * indexes each item added); on every drop it re-indexes the whole graph, so it must not listen then.
 */
export function patchLinkGraph(graph: LinkGraph, data: GraphData, remembered: ReadonlyMap<string, { x: number; y: number }>): string[] {
  const count = data.nodes.length;
  const wantedNodes = new Set<string>();
  for (let at = 0; at < count; at += 1) wantedNodes.add(key(data.nodes[at]?.id ?? 0));
  const wantedEdges = new Set<string>();
  for (let at = 0; at < data.edges.length; at += 1) wantedEdges.add(key(data.edges[at]?.id ?? 0));
  for (const edge of graph.edges()) if (!wantedEdges.has(edge)) graph.dropEdge(edge);
  for (const node of graph.nodes()) if (!wantedNodes.has(node)) graph.dropNode(node);

  const degree = new Map<number, number>();
  for (const edge of data.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  const placed = new Map(remembered);
  graph.forEachNode((node, attributes) => placed.set(node, { x: attributes.x, y: attributes.y }));
  const starts = startingPositions(data, placed);
  const added: string[] = [];
  for (const node of data.nodes) {
    const id = key(node.id);
    const size = nodeSize(degree.get(node.id) ?? 0, count);
    if (!graph.hasNode(id)) {
      const start = starts.get(id) ?? { x: 0, y: 0 };
      graph.addNode(id, { x: start.x, y: start.y, label: shortLabel(node.label), fullLabel: node.label, size });
      added.push(id);
      continue;
    }
    const attributes = graph.getNodeAttributes(id);
    if (attributes.size !== size) graph.setNodeAttribute(id, 'size', size);
    if (attributes.fullLabel !== node.label) graph.mergeNodeAttributes(id, { label: shortLabel(node.label), fullLabel: node.label });
  }
  for (const edge of data.edges) {
    const id = key(edge.id);
    const wanted = edgeAttributes(data, edge.type, count);
    const from = key(edge.from);
    const to = key(edge.to);
    if (graph.hasEdge(id) && (graph.source(id) !== from || graph.target(id) !== to)) graph.dropEdge(id);
    if (!graph.hasEdge(id)) {
      graph.addEdgeWithKey(id, from, to, wanted);
      continue;
    }
    const attributes = graph.getEdgeAttributes(id);
    if (attributes.color !== wanted.color || attributes.type !== wanted.type || attributes.size !== wanted.size) graph.mergeEdgeAttributes(id, wanted);
  }
  return added;
}
