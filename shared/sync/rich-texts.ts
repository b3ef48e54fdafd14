import * as Y from 'yjs';

/**
 * Notes and highlight comments merge character by character: each one's text is a top-level Y.XmlText of the doc that
 * holds its entity's registers, named `<kind>|<entity>`, bound to Lexical by @lexical/yjs. Top-level, not in a map:
 * Yjs merges top-level types of one name, so two devices that each start the same text while apart (an abstract's
 * note has one uid everywhere) write into one text instead of one of them being dropped whole.
 */
const KEY_PATTERN = /^([A-Za-z]{1,40})\|([0-9a-z_-]{1,64})$/;

export interface RichTextRef {
  kind: string;
  entity: string;
}

export const richTextKey = (ref: RichTextRef): string => `${ref.kind}|${ref.entity}`;

export function parseRichTextKey(key: string): RichTextRef | null {
  const match = KEY_PATTERN.exec(key);
  return match === null ? null : { kind: match[1] ?? '', entity: match[2] ?? '' };
}

/** The entity's text, or undefined when the doc has none for it. */
export function richTextOf(doc: Y.Doc, ref: RichTextRef): Y.XmlText | undefined {
  const key = richTextKey(ref);
  return doc.share.has(key) ? doc.get(key, Y.XmlText) : undefined;
}

/** The entity's text, created when missing. */
export function ensureRichText(doc: Y.Doc, ref: RichTextRef): Y.XmlText {
  return doc.get(richTextKey(ref), Y.XmlText);
}

/** A shared type as far as finding its place needs: the item that holds it in its parent. */
interface Placed {
  _item: Y.Item | null;
}

/** The top-level type a changed type sits in (itself when top-level). */
function topLevelOf(type: Placed): Placed | null {
  let current: Placed = type;
  for (;;) {
    const item = current._item;
    if (item === null) return current;
    if (!(item.parent instanceof Y.AbstractType)) return null;
    current = item.parent;
  }
}

/** The texts a transaction changed, as their keys; nested changes are traced to their text. */
export function richTextKeysChanged(doc: Y.Doc, transaction: Y.Transaction): string[] {
  const changedTops = new Set<Placed>();
  for (const type of transaction.changed.keys()) {
    const top = topLevelOf(type);
    if (top !== null) changedTops.add(top);
  }
  const keys: string[] = [];
  if (changedTops.size === 0) return keys;
  for (const [name, type] of doc.share) if (changedTops.has(type) && parseRichTextKey(name) !== null) keys.push(name);
  return keys;
}
