import { isAllowedLinkUrl } from './link-url';

/** The Lexical node types that carry a URL: @lexical/link's LinkNode and AutoLinkNode. */
const LINK_TYPES: ReadonlySet<unknown> = new Set(['link', 'autolink']);

interface SerializedNode {
  type?: unknown;
  url?: unknown;
  children?: unknown;
}

function isNode(value: unknown): value is SerializedNode {
  return typeof value === 'object' && value !== null;
}

function childrenOf(node: SerializedNode): unknown[] | null {
  return Array.isArray(node.children) ? (node.children as unknown[]) : null;
}

function isUnsafeLink(node: SerializedNode): boolean {
  return LINK_TYPES.has(node.type) && !(typeof node.url === 'string' && isAllowedLinkUrl(node.url));
}

/** The nodes with every unsafe link replaced by its own (cleaned) children; null when nothing changed. */
function cleanNodes(nodes: readonly unknown[]): unknown[] | null {
  let changed = false;
  const out: unknown[] = [];
  for (const node of nodes) {
    const children = isNode(node) ? childrenOf(node) : null;
    if (!isNode(node) || children === null) {
      out.push(node);
      continue;
    }
    const cleaned = cleanNodes(children);
    if (isUnsafeLink(node)) out.push(...(cleaned ?? children));
    else out.push(cleaned === null ? node : { ...node, children: cleaned });
    changed ||= cleaned !== null || isUnsafeLink(node);
  }
  return changed ? out : null;
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

/**
 * A saved Lexical editor state with every link whose URL the link policy refuses unwrapped: its
 * text stays, the link goes. The same string comes back when there was nothing to remove, and so
 * does anything that is not a serialized editor state.
 */
export function withoutUnsafeLinks(json: string): string {
  const state = parse(json);
  const root = isNode(state) && 'root' in state ? state.root : null;
  const children = isNode(root) ? childrenOf(root) : null;
  if (!isNode(state) || !isNode(root) || children === null) return json;
  const cleaned = cleanNodes(children);
  return cleaned === null ? json : JSON.stringify({ ...state, root: { ...root, children: cleaned } });
}
