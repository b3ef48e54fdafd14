import { blocksOf, joinBlocks } from '../../../../renderer/db/links/ends-blocks';
import type { TaggedGraphData } from '../../../../renderer/features/graph/graph-filter';
import { buildGraphIndex, withTags, type GraphIndex } from '../../../../renderer/features/graph/graph-index';

/** The index the view builds for a library given as objects (the model `visibleGraph` filters), its tags read. */
export function indexOf(data: TaggedGraphData): GraphIndex {
  const links = joinBlocks(blocksOf(data.edges.map((edge) => ({ id: edge.id, fromId: edge.from, toId: edge.to, type: edge.type }))));
  const ids = data.nodes.map((node) => node.id).sort((a, b) => a - b);
  const assignments = data.nodes.flatMap((node) => node.tagIds.map((tagId) => [node.id, tagId] as const));
  return withTags(buildGraphIndex(ids, links), data.tags, assignments);
}
