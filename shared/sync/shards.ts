import { ROW_SHARD_COUNT } from './document-name';
import { META_KINDS } from './synced-kinds';

/** FNV-1a over the text: stable on every device and platform, and even enough for uids that are already hashes. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function shardOf(uid: string): number {
  return fnv1a(uid) % ROW_SHARD_COUNT;
}

/** Where an entity's registers live: the meta doc, or the row shard of its first uid (a membership's abstract). */
export type EntityHome = { kind: 'meta' } | { kind: 'rows'; shard: number };

export function homeOf(kindName: string, entity: string): EntityHome {
  if (META_KINDS.has(kindName)) return { kind: 'meta' };
  const [firstUid = entity] = entity.split('.');
  return { kind: 'rows', shard: shardOf(firstUid) };
}
