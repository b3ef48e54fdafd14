import type { GraphNodeData } from '../../db/links/graph-data';

const MAX_OPTIONS = 12;

/** The shown abstracts whose title contains the text (case-insensitive), titles starting with it first. */
export function matchNodes(nodes: readonly GraphNodeData[], text: string): GraphNodeData[] {
  const needle = text.trim().toLocaleLowerCase();
  if (needle === '') return [];
  const starts: GraphNodeData[] = [];
  const contains: GraphNodeData[] = [];
  for (const node of nodes) {
    const at = node.label.toLocaleLowerCase().indexOf(needle);
    if (at === 0) starts.push(node);
    else if (at > 0) contains.push(node);
    if (starts.length >= MAX_OPTIONS) break;
  }
  return [...starts, ...contains].slice(0, MAX_OPTIONS);
}
