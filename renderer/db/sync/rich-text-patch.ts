import {
  $getRoot,
  $isElementNode,
  $isTextNode,
  $parseSerializedNode,
  type ElementNode,
  type LexicalNode,
  type SerializedElementNode,
  type SerializedLexicalNode,
  type SerializedTextNode,
} from 'lexical';

/**
 * Brings the editor's tree to a saved state by changing it in place, inside an editor update. Nodes equal at both
 * ends are kept; in between, nodes of the same type are updated where they stand (a text by its characters), so the
 * Yjs binding sends the small edit a person made rather than a new copy of the note, and edits made elsewhere at the
 * same time survive the merge.
 */
export function $patchRootFrom(state: { root: SerializedElementNode }): void {
  $patchChildren($getRoot(), state.root.children);
}

const signatureOf = (node: LexicalNode): string => JSON.stringify(serializeWithChildren(node));
const serializedSignature = (node: SerializedLexicalNode): string => JSON.stringify(node);

function serializeWithChildren(node: LexicalNode): SerializedLexicalNode {
  const own = node.exportJSON();
  if (!$isElementNode(node)) return own;
  return { ...own, children: node.getChildren().map(serializeWithChildren) } as SerializedElementNode;
}

const childrenOf = (node: SerializedLexicalNode): SerializedLexicalNode[] =>
  'children' in node && Array.isArray(node.children) ? (node.children as SerializedLexicalNode[]) : [];

function $patchChildren(parent: ElementNode, next: readonly SerializedLexicalNode[]): void {
  const current = parent.getChildren();
  const signatures = current.map(signatureOf);
  let start = 0;
  while (start < current.length && start < next.length && signatures[start] === serializedSignature(next[start] as SerializedLexicalNode)) start += 1;
  let endCurrent = current.length;
  let endNext = next.length;
  while (endCurrent > start && endNext > start && signatures[endCurrent - 1] === serializedSignature(next[endNext - 1] as SerializedLexicalNode)) {
    endCurrent -= 1;
    endNext -= 1;
  }
  let anchor: LexicalNode | null = start > 0 ? (current[start - 1] ?? null) : null;
  const span = Math.max(endCurrent - start, endNext - start);
  for (let offset = 0; offset < span; offset += 1) {
    const old = start + offset < endCurrent ? current[start + offset] : undefined;
    const wanted = start + offset < endNext ? next[start + offset] : undefined;
    if (wanted === undefined) {
      old?.remove();
      continue;
    }
    const placed = old !== undefined && old.getType() === wanted.type ? $patchNode(old, wanted) : $replaceOrInsert(parent, old, anchor, wanted);
    anchor = placed;
  }
}

/** A node of the wanted type updated where it stands; the same node, or its replacement when it cannot be updated. */
function $patchNode(node: LexicalNode, wanted: SerializedLexicalNode): LexicalNode {
  if ($isTextNode(node)) {
    const text = wanted as SerializedTextNode;
    node.updateFromJSON(text);
    if (node.getTextContent() !== text.text) node.setTextContent(text.text);
    return node;
  }
  if ($isElementNode(node)) {
    node.updateFromJSON(wanted);
    $patchChildren(node, childrenOf(wanted));
    return node;
  }
  if (signatureOf(node) === serializedSignature(wanted)) return node;
  return node.replace($parseSerializedNode(wanted));
}

function $replaceOrInsert(parent: ElementNode, old: LexicalNode | undefined, anchor: LexicalNode | null, wanted: SerializedLexicalNode): LexicalNode {
  const created = $parseSerializedNode(wanted);
  if (old !== undefined) return old.replace(created);
  if (anchor === null) {
    const first = parent.getFirstChild();
    if (first === null) parent.append(created);
    else first.insertBefore(created);
  } else {
    anchor.insertAfter(created);
  }
  return created;
}
