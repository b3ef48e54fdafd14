import { db as appDb, type LecternDB } from '../schema/database';
import type { DistinctPairRow } from '../schema/row-types';

/** The pair's key: the lower id first, so either order names the same pair. */
export function pairKey(a: number, b: number): [number, number] {
  return a < b ? [a, b] : [b, a];
}

/** Remembers that two abstracts are different papers: Possible duplicates no longer offers them. */
export async function markNotDuplicates(a: number, b: number, database: LecternDB = appDb): Promise<void> {
  if (a === b) throw new Error('An abstract cannot be a duplicate of itself.');
  const [low, high] = pairKey(a, b);
  await database.distinctPairs.put({ low, high, decidedAt: Date.now() } satisfies DistinctPairRow);
}

/** Every pair marked "Not duplicates", as `low:high` strings. */
export async function notDuplicatePairs(database: LecternDB = appDb): Promise<Set<string>> {
  const rows = await database.distinctPairs.toArray();
  return new Set(rows.map((row) => `${row.low}:${row.high}`));
}
