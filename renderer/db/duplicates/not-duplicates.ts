import { db as appDb, type LecternDB } from '../schema/database';
import type { DistinctPairRow } from '../schema/row-types';
import type { Reversible } from '../undo/reversible';

/** The pair's key: the lower id first, so either order names the same pair. */
export function pairKey(a: number, b: number): [number, number] {
  return a < b ? [a, b] : [b, a];
}

/**
 * Remembers that two abstracts are different papers: Possible duplicates no longer offers them.
 * Undo forgets the decision (or puts back the one made earlier), each direction one transaction.
 */
export async function markNotDuplicates(a: number, b: number, database: LecternDB = appDb): Promise<Reversible> {
  if (a === b) throw new Error('An abstract cannot be a duplicate of itself.');
  const [low, high] = pairKey(a, b);
  const row: DistinctPairRow = { low, high, decidedAt: Date.now() };
  const earlier = await database.transaction('rw', database.distinctPairs, async () => {
    const found = await database.distinctPairs.get([low, high]);
    await database.distinctPairs.put(row);
    return found;
  });
  return {
    undo: () =>
      database.transaction('rw', database.distinctPairs, async () => {
        if (earlier === undefined) await database.distinctPairs.delete([low, high]);
        else await database.distinctPairs.put(earlier);
      }),
    redo: () =>
      database.transaction('rw', database.distinctPairs, async () => {
        await database.distinctPairs.put(row);
      }),
  };
}

/** Every pair marked "Not duplicates", as `low:high` strings. */
export async function notDuplicatePairs(database: LecternDB = appDb): Promise<Set<string>> {
  const rows = await database.distinctPairs.toArray();
  return new Set(rows.map((row) => `${row.low}:${row.high}`));
}
