import type { LecternDB } from './database';

/**
 * Rows per request batch in a large write or read. Dexie issues a whole bulk call's requests, and
 * structured-clones its rows, in one task; a few hundred rows keep each task well under 50 ms.
 */
export const ROWS_PER_CHUNK = 250;

/**
 * Runs `step` over consecutive chunks of `items`, one chunk after the other, and concatenates the
 * results. Each chunk waits for the previous one's requests, so the page handles input between
 * chunks; inside a transaction that stays one transaction, since a request is always pending.
 */
export async function inChunks<Item, Result>(
  items: readonly Item[],
  step: (chunk: Item[]) => Promise<readonly Result[]>,
  size = ROWS_PER_CHUNK,
): Promise<Result[]> {
  const results: Result[] = [];
  for (let from = 0; from < items.length; from += size) {
    results.push(...(await step(items.slice(from, from + size))));
  }
  return results;
}

/**
 * Lets the page handle input between two steps of a transaction's own computing: the answer to a
 * small read comes in a later task, and since a request is pending the transaction stays open
 * (a timer would let IndexedDB commit it). The meta table must be in the transaction's scope.
 */
export function letInputIn(database: LecternDB): Promise<unknown> {
  return database.meta.limit(1).primaryKeys();
}
