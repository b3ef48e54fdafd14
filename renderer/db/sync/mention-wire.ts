import { mentionTargetsOf, withMentionTargets } from '../../../shared/sync/mention-targets';
import type { RichTextValue } from '../../../shared/sync/synced-kinds';
import type { UidLookup } from './uid-lookup';

/** A text as it goes out: each mention names its abstract's uid (null when that abstract has none here). */
export async function textForWire(value: RichTextValue, lookup: UidLookup): Promise<RichTextValue> {
  if (value.json === null) return value;
  const uids = new Map<unknown, string | null>();
  for (const target of mentionTargetsOf(value.json)) {
    if (uids.has(target)) continue;
    uids.set(target, typeof target === 'number' ? ((await lookup.uidOf('abstracts', target)) ?? null) : null);
  }
  return { json: withMentionTargets(value.json, (target) => uids.get(target) ?? null), text: value.text };
}

/**
 * A text as it arrived, with each mention pointing at this device's abstract. `unresolved`: some mentioned abstract
 * is not here yet; those mentions point nowhere (0) until it arrives and the text is applied again.
 */
export async function textFromWire(value: RichTextValue, lookup: UidLookup): Promise<{ value: RichTextValue; unresolved: boolean }> {
  if (value.json === null) return { value, unresolved: false };
  const ids = new Map<unknown, number | undefined>();
  for (const target of mentionTargetsOf(value.json)) {
    if (!ids.has(target)) ids.set(target, typeof target === 'string' ? await lookup.idOf('abstracts', target) : undefined);
  }
  const unresolved = [...ids.values()].some((id) => id === undefined);
  return { value: { json: withMentionTargets(value.json, (target) => ids.get(target) ?? 0), text: value.text }, unresolved };
}
