import { MENTION_NODE_TYPE } from './mention-extract';

interface NodeLike {
  type?: unknown;
  targetId?: unknown;
  children?: unknown;
}

/** Points every mention of `fromId` in the node tree at `toId`; true when one was changed. */
function retargetNode(node: NodeLike, fromId: number, toId: number): boolean {
  let changed = false;
  if (node.type === MENTION_NODE_TYPE && node.targetId === fromId) {
    node.targetId = toId;
    changed = true;
  }
  const children: unknown = node.children;
  if (Array.isArray(children)) {
    for (const child of children) {
      if (typeof child === 'object' && child !== null && retargetNode(child as NodeLike, fromId, toId)) changed = true;
    }
  }
  return changed;
}

/**
 * A note's or comment's saved Lexical JSON with its mentions of abstract `fromId` pointing at `toId`
 * (after a merge, so no mention names an abstract that is gone). The same string when nothing
 * mentions `fromId`, or when the JSON cannot be read.
 */
export function retargetMentions(json: string | null, fromId: number, toId: number): string | null {
  if (json === null || !json.includes(MENTION_NODE_TYPE)) return json;
  let state: { root?: NodeLike };
  try {
    state = JSON.parse(json) as { root?: NodeLike };
  } catch {
    return json;
  }
  if (state.root === undefined || !retargetNode(state.root, fromId, toId)) return json;
  return JSON.stringify(state);
}
