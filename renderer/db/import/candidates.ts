import type { CandidateKeys } from '../../../shared/import/plan-types';
import { presentAbstracts } from '../abstracts/records';
import { db as appDb, type LecternDB } from '../schema/database';
import { letInputIn, STEP_BUDGET_MS } from './in-chunks';
import { buildIdentityIndex, readLibraryStamp, type IdentityEntry, type IdentityIndex } from './identity-index';
import type { AbstractRow } from '../schema/row-types';

/**
 * One lookup request per key costs about as much as eight steps of a cursor walking a whole
 * index (Chromium prefetches those in bulk). A large import walks the indexes once and keeps
 * the result; a few files into a large library look their keys up one by one.
 */
const LOOKUP_COST_IN_SCAN_STEPS = 8;

/** The in-memory identity index of each open database, valid while its stamp matches. */
const identityIndexes = new WeakMap<LecternDB, IdentityIndex>();

async function idsByLookup(database: LecternDB, keys: CandidateKeys): Promise<number[]> {
  const table = database.abstractKeys;
  const perKey = await Promise.all([
    ...keys.fingerprints.map((key) => table.where('fingerprint').equals(key).primaryKeys()),
    ...keys.prefixKeys.map((key) => table.where('prefixKey').equals(key).primaryKeys()),
  ]);
  return [...new Set(perKey.flat())];
}

/** The stored abstracts an import plans against, and how to keep the identity index in step with it. */
export interface Candidates {
  rows: Map<number, AbstractRow>;
  /** Call inside the transaction, after the writes: records them in the identity index. */
  recordWrites(created: readonly IdentityEntry[], updated: readonly { before: IdentityEntry; after: IdentityEntry }[]): Promise<void>;
  /** Call once the transaction has committed: keeps the identity index for the next import. */
  keep(): void;
}

/**
 * Finds, inside the import's transaction, the stored abstracts sharing a fingerprint or a prefix
 * key with an incoming record. The database's identity index is taken out while the transaction
 * runs, so an import that rolls back never leaves a copy that disagrees with the library.
 */
export async function findCandidates(keys: CandidateKeys, database: LecternDB = appDb): Promise<Candidates> {
  const stamp = await readLibraryStamp(database);
  let index = identityIndexes.get(database) ?? null;
  identityIndexes.delete(database);
  if (index !== null && index.stamp !== stamp.key) index = null;
  const keyCount = keys.fingerprints.length + keys.prefixKeys.length;
  if (index === null && keyCount * LOOKUP_COST_IN_SCAN_STEPS > stamp.count) index = await buildIdentityIndex(stamp.key, database);

  const ids = index === null ? await idsByLookup(database, keys) : index.find(keys);
  const rows = new Map<number, AbstractRow>();
  if (ids.length > 0) {
    for (const row of await presentAbstracts(ids, database)) rows.set(row.id, row);
  }

  return {
    rows,
    async recordWrites(created, updated) {
      if (index === null) return;
      for (const { before, after } of updated) {
        index.remove(before);
        index.add(after);
      }
      let stepStarted = performance.now();
      for (const entry of created) {
        if (performance.now() - stepStarted > STEP_BUDGET_MS) {
          await letInputIn(database);
          stepStarted = performance.now();
        }
        index.add(entry);
      }
      index.stamp = (await readLibraryStamp(database)).key;
    },
    keep() {
      if (index !== null) identityIndexes.set(database, index);
    },
  };
}
