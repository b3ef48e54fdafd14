import * as Y from 'yjs';

/**
 * Notes and highlight comments merge character by character: each one's text is a Y.XmlText in the doc that holds
 * its entity's registers, in one top-level map keyed `<kind>|<entity>`, bound to Lexical by @lexical/yjs.
 *
 * An XmlText is created only together with its entity's first write, on the device that made the entity: two devices
 * that each created one under the same key while apart would keep only one of them (Y.Map picks a winner whole).
 */
export const RICH_TEXTS_MAP = 'richTexts';

const KEY_PATTERN = /^([A-Za-z]{1,40})\|([0-9a-z_-]{1,64})$/;

export interface RichTextRef {
  kind: string;
  entity: string;
}

export const richTextsOf = (doc: Y.Doc): Y.Map<Y.XmlText> => doc.getMap<Y.XmlText>(RICH_TEXTS_MAP);

export const richTextKey = (ref: RichTextRef): string => `${ref.kind}|${ref.entity}`;

export function parseRichTextKey(key: string): RichTextRef | null {
  const match = KEY_PATTERN.exec(key);
  return match === null ? null : { kind: match[1] ?? '', entity: match[2] ?? '' };
}

/** The entity's text, or undefined when it has none yet (or what is stored under its key is not a text). */
export function richTextOf(doc: Y.Doc, ref: RichTextRef): Y.XmlText | undefined {
  const value: unknown = richTextsOf(doc).get(richTextKey(ref));
  return value instanceof Y.XmlText ? value : undefined;
}

/** The entity's text, created when missing: call it inside the transaction that writes the entity. */
export function ensureRichText(doc: Y.Doc, ref: RichTextRef): Y.XmlText {
  const existing = richTextOf(doc, ref);
  if (existing !== undefined) return existing;
  const created = new Y.XmlText();
  richTextsOf(doc).set(richTextKey(ref), created);
  return created;
}

/** The texts a transaction changed, a new one included, as keys of the map; nested changes are traced to their text. */
export function richTextKeysChanged(doc: Y.Doc, transaction: Y.Transaction): string[] {
  const texts = richTextsOf(doc);
  const keys = new Set<string>();
  for (const [type, changedKeys] of transaction.changed) {
    if (Object.is(type, texts)) {
      for (const key of changedKeys) if (key !== null) keys.add(key);
      continue;
    }
    const key = keyInMap(type, texts);
    if (key !== null) keys.add(key);
  }
  return [...keys];
}

/** A shared type as far as finding its place needs: the item that holds it in its parent. */
interface Placed {
  _item: Y.Item | null;
}

function keyInMap(type: Placed, map: Y.Map<Y.XmlText>): string | null {
  let current: Placed = type;
  for (;;) {
    const item = current._item;
    if (item === null) return null;
    if (Object.is(item.parent, map)) return item.parentSub;
    if (!(item.parent instanceof Y.AbstractType)) return null;
    current = item.parent;
  }
}
