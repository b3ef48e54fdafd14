import type { TagNode, TagRow } from '../organize/types';
import { lastSegment, parentPath, pathWithAncestors } from './tag-path';

/**
 * The tags nested by path, siblings sorted by name. A node's count is the number of distinct
 * abstracts carrying it or any descendant. `assignments` are [abstractId, tagId] pairs.
 */
export function buildTagTree(tags: readonly TagRow[], assignments: readonly (readonly [number, number])[]): TagNode[] {
  const counter = new TagTreeCounter(tags);
  counter.add(assignments);
  return counter.tree();
}

/**
 * buildTagTree taking its assignments a slice at a time, so a large library's can be read and
 * counted in several tasks rather than one.
 */
export class TagTreeCounter {
  /** Each tag's id with those of its stored ancestors: the tags an assignment counts toward. */
  private readonly holders: Map<number, number[]>;
  private readonly carriers = new Map<number, Set<number>>();

  constructor(private readonly tags: readonly TagRow[]) {
    const byPath = new Map<string, TagRow>(tags.map((tag) => [tag.path, tag]));
    this.holders = new Map(
      tags.map((tag) => [tag.id, pathWithAncestors(tag.path).flatMap((path) => byPath.get(path)?.id ?? [])]),
    );
  }

  add(assignments: readonly (readonly [number, number])[]): void {
    for (const [abstractId, tagId] of assignments) {
      for (const holder of this.holders.get(tagId) ?? []) {
        let set = this.carriers.get(holder);
        if (set === undefined) this.carriers.set(holder, (set = new Set()));
        set.add(abstractId);
      }
    }
  }

  tree(): TagNode[] {
    const nodes = new Map<string, TagNode>();
    for (const tag of this.tags) {
      nodes.set(tag.path, { tag, name: lastSegment(tag.path), count: this.carriers.get(tag.id)?.size ?? 0, children: [] });
    }
    const roots: TagNode[] = [];
    for (const node of nodes.values()) {
      const parent = nearestStoredAncestor(node.tag.path, nodes);
      (parent === undefined ? roots : parent.children).push(node);
    }
    sortTree(roots);
    return roots;
  }
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
