import { compareHlc, decodeHlc, isDeviceId, type EncodedHlc, type Hlc } from './hlc';

/**
 * The merge rules of docs/sync.md as plain functions over resolved register entries.
 *
 * - Last writer wins (status, star, each metadata field, names, a list item's order key, a note's text): the entry
 *   with the latest hybrid-clock stamp; stamps end with the device id, so there are no ties.
 * - Observed-remove presence (tag membership, annotations, notes, links, list items, lists, tags…): a delete records
 *   the latest edit it had seen from each device; the entity is present while some device has an edit the deletes
 *   had not seen. A tag added on one device while another removed it offline stays on (union with tombstones), and
 *   an annotation edited concurrently with its delete survives (an edit beats a concurrent delete), whatever the
 *   wall clocks say. An edit made after seeing the delete brings the entity back.
 */

/** Latest edit stamp per device: the "version vector" a delete records. */
export type EditVector = ReadonlyMap<string, Hlc>;

export function isPresent(edits: EditVector, deletions: readonly EditVector[]): boolean {
  for (const [device, edited] of edits) {
    const covered = deletions.some((seen) => {
      const seenOfDevice = seen.get(device);
      return seenOfDevice !== undefined && compareHlc(seenOfDevice, edited) >= 0;
    });
    if (!covered) return true;
  }
  return false;
}

/** The value a delete stores: `{seen: {device: stamp}}`. */
export function encodeDeletion(edits: EditVector): { seen: Record<string, EncodedHlc> } {
  const seen: Record<string, EncodedHlc> = {};
  for (const [device, stamp] of edits) seen[device] = [stamp.wall, stamp.counter, stamp.device];
  return { seen };
}

export type DecodedDeletion = { ok: true; seen: EditVector } | { ok: false; problem: string };

export function decodeDeletion(value: unknown): DecodedDeletion {
  if (typeof value !== 'object' || value === null || !('seen' in value)) return { ok: false, problem: 'a delete is {seen}' };
  const seenValue: unknown = value.seen;
  if (typeof seenValue !== 'object' || seenValue === null || Array.isArray(seenValue))
    return { ok: false, problem: 'a delete’s seen is a map of device to stamp' };
  const seen = new Map<string, Hlc>();
  for (const [device, raw] of Object.entries(seenValue)) {
    const stamp = decodeHlc(raw);
    if (!isDeviceId(device) || !stamp.ok || stamp.stamp.device !== device)
      return { ok: false, problem: `a delete’s stamp for ${device} is malformed` };
    seen.set(device, stamp.stamp);
  }
  return { ok: true, seen };
}

/** A list's order: by fractional key, equal keys (two devices inserting at the same place) by item uid. */
export function compareListOrder(a: { order: string; uid: string }, b: { order: string; uid: string }): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.uid === b.uid) return 0;
  return a.uid < b.uid ? -1 : 1;
}

/** Equality of two JSON values regardless of key order (a decoded Yjs value keeps its writer's key order). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
