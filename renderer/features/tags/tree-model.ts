import type { TagNode } from '../../db/organize/types';

/** A tree item as keyboard navigation sees it: in visible order, with its parent. */
export interface VisibleNode {
  node: TagNode;
  level: number;
  parentId: number | null;
}

/** The tree's items a user can currently reach, top to bottom (children of collapsed items skipped). */
export function visibleNodes(roots: readonly TagNode[], expanded: ReadonlySet<number>): VisibleNode[] {
  const out: VisibleNode[] = [];
  const walk = (nodes: readonly TagNode[], level: number, parentId: number | null): void => {
    for (const node of nodes) {
      out.push({ node, level, parentId });
      if (node.children.length > 0 && expanded.has(node.tag.id)) walk(node.children, level + 1, node.tag.id);
    }
  };
  walk(roots, 1, null);
  return out;
}

export function findNode(roots: readonly TagNode[], id: number): TagNode | undefined {
  for (const node of roots) {
    if (node.tag.id === id) return node;
    const inChild = findNode(node.children, id);
    if (inChild) return inChild;
  }
  return undefined;
}

/** Every tag path in the tree, depth first. */
export function allPaths(roots: readonly TagNode[]): { id: number; path: string }[] {
  const out: { id: number; path: string }[] = [];
  const walk = (nodes: readonly TagNode[]): void => {
    for (const node of nodes) {
      out.push({ id: node.tag.id, path: node.tag.path });
      walk(node.children);
    }
  };
  walk(roots);
  return out;
}

export type TreeMove = { kind: 'focus'; id: number } | { kind: 'expand'; id: number } | { kind: 'collapse'; id: number };

/** What an arrow/Home/End key does in the tree (WAI-ARIA tree pattern), or null for other keys. */
export function treeKeyMove(key: string, items: readonly VisibleNode[], focusedId: number, expanded: ReadonlySet<number>): TreeMove | null {
  const index = items.findIndex((item) => item.node.tag.id === focusedId);
  const item = items[index];
  if (!item) return null;
  const hasChildren = item.node.children.length > 0;
  const focus = (target: VisibleNode | undefined): TreeMove | null => (target ? { kind: 'focus', id: target.node.tag.id } : null);
  switch (key) {
    case 'ArrowDown':
      return focus(items[index + 1]);
    case 'ArrowUp':
      return focus(items[index - 1]);
    case 'Home':
      return focus(items[0]);
    case 'End':
      return focus(items[items.length - 1]);
    case 'ArrowRight':
      if (!hasChildren) return null;
      return expanded.has(focusedId) ? focus(items[index + 1]) : { kind: 'expand', id: focusedId };
    case 'ArrowLeft':
      if (hasChildren && expanded.has(focusedId)) return { kind: 'collapse', id: focusedId };
      return item.parentId === null ? null : { kind: 'focus', id: item.parentId };
    default:
      return null;
  }
}
