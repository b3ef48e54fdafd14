import { MIN_PREFIX_MERGE_LENGTH, PREFIX_KEY_LENGTH } from './fingerprint';

export interface TextNode {
  /** Normalised text; distinct nodes have distinct normalised texts. */
  normalized: string;
  /** True when the node is a truncated snippet allowed to merge into a fuller text. */
  mayMergeIntoFuller: boolean;
}

/**
 * For each node, the node it belongs with: a mergeable snippet goes to the longest node that extends it
 * (the fullest text of the same paper); every other node stays with itself.
 *
 * Within a prefix group, sorting the texts puts every extension of a text right after it, as a
 * contiguous run (the text's subtree in the prefix trie); one stack pass finds each subtree's longest
 * member in O(n log n). When a snippet extends into texts that diverge (two papers sharing a long
 * opening), it goes to the longest of them, ties broken by text order: the choice depends only on content.
 */
export function findMergeTargets(nodes: readonly TextNode[]): number[] {
  const targets = nodes.map((_, index) => index);
  for (const group of groupByOpening(nodes)) {
    const longest = longestInSubtree(nodes, group);
    for (const index of group) {
      if (nodes[index]?.mayMergeIntoFuller) targets[index] = longest.get(index) ?? index;
    }
  }
  return targets;
}

/** Nodes long enough to take part in prefix merging, grouped by their opening; groups of one are dropped. */
function groupByOpening(nodes: readonly TextNode[]): number[][] {
  const groups = new Map<string, number[]>();
  nodes.forEach((node, index) => {
    if (node.normalized.length < MIN_PREFIX_MERGE_LENGTH) return;
    const key = node.normalized.slice(0, PREFIX_KEY_LENGTH);
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}

function longestInSubtree(nodes: readonly TextNode[], group: readonly number[]): Map<number, number> {
  const textOf = (index: number): string => nodes[index]?.normalized ?? '';
  const sorted = [...group].sort((a, b) => compareStrings(textOf(a), textOf(b)));
  const rank = new Map(sorted.map((index, position) => [index, position]));
  const better = (a: number, b: number): number => {
    const lengthA = textOf(a).length;
    const lengthB = textOf(b).length;
    if (lengthA !== lengthB) return lengthA > lengthB ? a : b;
    return (rank.get(a) ?? 0) <= (rank.get(b) ?? 0) ? a : b;
  };

  const best = new Map<number, number>();
  const stack: number[] = [];
  const closeTop = (): void => {
    const child = stack.pop();
    const parent = stack.at(-1);
    if (child === undefined || parent === undefined) return;
    best.set(parent, better(best.get(parent) ?? parent, best.get(child) ?? child));
  };
  for (const index of sorted) {
    while (stack.length > 0 && !textOf(index).startsWith(textOf(stack.at(-1) ?? index))) closeTop();
    stack.push(index);
    best.set(index, index);
  }
  while (stack.length > 0) closeTop();
  return best;
}

/** Code-unit order, in which every string's extensions follow it contiguously. */
function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
