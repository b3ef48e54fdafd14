import type { TagNode, TagRow } from '../organize/types';
import { lastSegment, parentPath, pathWithAncestors } from './tag-path';

/**
 * The tags nested by path, siblings sorted by name. A node's count is the number of distinct
 * abstracts carrying it or any descendant. `assignments` are [abstractId, tagId] pairs.
 */
export function buildTagTree(tags: readonly TagRow[], assignments: readonly (readonly [number, number])[]): TagNode[] {
  const byPath = new Map<string, TagRow>(tags.map((tag) => [tag.path, tag]));
  const byId = new Map<number, TagRow>(tags.map((tag) => [tag.id, tag]));
  const carriers = new Map<number, Set<number>>();
  for (const [abstractId, tagId] of assignments) {
    const tag = byId.get(tagId);
    if (tag === undefined) continue;
    for (const path of pathWithAncestors(tag.path)) {
      const holder = byPath.get(path);
      if (holder === undefined) continue;
      let set = carriers.get(holder.id);
      if (set === undefined) carriers.set(holder.id, (set = new Set()));
      set.add(abstractId);
    }
  }
  const nodes = new Map<string, TagNode>();
  for (const tag of tags) {
    nodes.set(tag.path, { tag, name: lastSegment(tag.path), count: carriers.get(tag.id)?.size ?? 0, children: [] });
  }
  const roots: TagNode[] = [];
  for (const node of nodes.values()) {
    const parent = nearestStoredAncestor(node.tag.path, nodes);
    (parent === undefined ? roots : parent.children).push(node);
  }
  sortTree(roots);
  return roots;
}

/** Parents normally exist; should one be missing, the node hangs under the nearest that does. */
function nearestStoredAncestor(path: string, nodes: Map<string, TagNode>): TagNode | undefined {
  for (let parent = parentPath(path); parent !== null; parent = parentPath(parent)) {
    const node = nodes.get(parent);
    if (node !== undefined) return node;
  }
  return undefined;
}

function sortTree(nodes: TagNode[]): void {
  nodes.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.tag.id - b.tag.id);
  for (const node of nodes) sortTree(node.children);
}
