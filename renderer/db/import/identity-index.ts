import type { CandidateKeys } from '../../../shared/import/plan-types';
import { db as appDb, type LecternDB } from '../schema/database';

type IdentityField = 'fingerprint' | 'prefixKey';

/** The identity keys of one stored abstract. */
export interface IdentityEntry {
  id: number;
  fingerprint: string;
  prefixKey: string;
}

function addTo(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

function removeFrom(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (ids === undefined) return;
  const rest = ids.filter((other) => other !== id);
  if (rest.length === 0) map.delete(key);
  else map.set(key, rest);
}

/**
 * An in-memory copy of the library's fingerprint and prefix-key indexes. Looking a key up in
 * IndexedDB costs a request each (tens of microseconds in Chromium), which dominates a large
 * import; this copy answers those lookups for free. It is only trusted while `stamp` still
 * matches the library (see readLibraryStamp), so writes by other windows are never missed.
 */
export class IdentityIndex {
  private readonly byFingerprint = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, number[]>();

  constructor(public stamp: string) {}

  add(entry: IdentityEntry): void {
    this.addKey('fingerprint', entry.fingerprint, entry.id);
    this.addKey('prefixKey', entry.prefixKey, entry.id);
  }

  addKey(field: IdentityField, key: string, id: number): void {
    addTo(field === 'fingerprint' ? this.byFingerprint : this.byPrefix, key, id);
  }

  remove(entry: IdentityEntry): void {
    removeFrom(this.byFingerprint, entry.fingerprint, entry.id);
    removeFrom(this.byPrefix, entry.prefixKey, entry.id);
  }

  /** Ids of the abstracts sharing a fingerprint or a prefix key with the incoming records. */
  find(keys: CandidateKeys): number[] {
    const ids = new Set<number>();
    for (const key of keys.fingerprints) for (const id of this.byFingerprint.get(key) ?? []) ids.add(id);
    for (const key of keys.prefixKeys) for (const id of this.byPrefix.get(key) ?? []) ids.add(id);
    return [...ids];
  }
}

/**
 * A cheap summary that changes whenever an abstract's identity keys could have changed: an
 * added row raises the largest id (ids are never reused), a removed one lowers the count, and
 * every write that changes a row's text sets its updatedAt to the present.
 */
export interface LibraryStamp {
  key: string;
  count: number;
}

export async function readLibraryStamp(database: LecternDB = appDb): Promise<LibraryStamp> {
  const keys = database.abstractKeys;
  const [count, lastIds, lastUpdates] = await Promise.all([
    keys.count(),
    keys.toCollection().reverse().limit(1).primaryKeys(),
    keys.orderBy('updatedAt').reverse().limit(1).keys(),
  ]);
  const lastUpdate = lastUpdates[0];
  return { key: `${count}|${lastIds[0] ?? '-'}|${typeof lastUpdate === 'number' ? lastUpdate : '-'}`, count };
}

/**
 * Builds the copy by walking both indexes' keys. One after the other: a second cursor running
 * alongside stops Chromium prefetching the first, which makes the walk several times slower.
 */
export async function buildIdentityIndex(stamp: string, database: LecternDB = appDb): Promise<IdentityIndex> {
  const index = new IdentityIndex(stamp);
  for (const field of ['fingerprint', 'prefixKey'] as const) {
    await database.abstractKeys.orderBy(field).eachKey((key, cursor) => {
      if (typeof key === 'string') index.addKey(field, key, cursor.primaryKey);
    });
  }
  return index;
}
