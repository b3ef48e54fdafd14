import { rankTitles } from '../../../shared/search/rank-titles';
import type { GraphNodeData } from '../../db/links/graph-data';

const MAX_OPTIONS = 12;

/** The shown abstracts whose title matches the text, best first; none before anything is typed. */
export function matchNodes(nodes: readonly GraphNodeData[], text: string): GraphNodeData[] {
  if (text.trim() === '') return [];
  return rankTitles(nodes, text, (node) => [node.label], MAX_OPTIONS).map((ranked) => ranked.item);
}
