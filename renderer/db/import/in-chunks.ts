import type { LecternDB } from '../schema/database';

/**
 * Main-thread time one step of a large import may take: well under the 50 ms of a long task, so
 * that a click waiting behind it is answered at once.
 */
export const STEP_BUDGET_MS = 30;

/** Rows in the first chunk of a large write or read; later chunks are sized to fit STEP_BUDGET_MS. */
export const ROWS_PER_CHUNK = 250;
const MAX_ROWS_PER_CHUNK = 5_000;
/**
 * Dexie notes each key of a write of fewer than 50 rows for live queries (a larger write counts as
 * the whole table), and every live query merges those notes in the task after the commit. A chunk
 * this small costs a few milliseconds anyway.
 */
const MIN_ROWS_PER_CHUNK = 50;

/** The next chunk's size, from how long the last one kept the page busy; it at most doubles. */
function nextChunkSize(size: number, busyMs: number): number {
  const fitting = Math.floor((size * STEP_BUDGET_MS) / Math.max(busyMs, 1));
  return Math.max(MIN_ROWS_PER_CHUNK, Math.min(size * 2, MAX_ROWS_PER_CHUNK, fitting));
}

/**
 * Called by a step when the request it awaited has come back and it goes on working (issuing more
 * writes, say) in that task. The next chunk is sent in the same task, so the chunk is sized on
 * that work as well as on the sending.
 */
export type ResumedListener = () => void;

/**
 * Runs `step` over consecutive chunks of `items`, one chunk after the other, and concatenates the
 * results. Each chunk waits for the previous one's requests, so the page handles input between
 * chunks; inside a transaction that stays one transaction, since a request is always pending.
 * Dexie clones the rows and issues the requests before its bulk call returns: that is the time
 * the page is busy, with what the step does once it resumes, and chunks are sized to keep that
 * within STEP_BUDGET_MS.
 */
export async function inChunks<Item, Result>(
  items: readonly Item[],
  step: (chunk: Item[], resumed: ResumedListener) => Promise<readonly Result[]>,
): Promise<Result[]> {
  const results: Result[] = [];
  const lastStep: { resumedAt: number | null } = { resumedAt: null };
  const resumed: ResumedListener = () => {
    lastStep.resumedAt = performance.now();
  };
  let size = ROWS_PER_CHUNK;
  for (let from = 0; from < items.length; ) {
    const chunk = items.slice(from, from + size);
    lastStep.resumedAt = null;
    const started = performance.now();
    const written = step(chunk, resumed);
    const sendingMs = performance.now() - started;
    results.push(...(await written));
    const followUpMs = lastStep.resumedAt === null ? 0 : performance.now() - lastStep.resumedAt;
    from += chunk.length;
    size = nextChunkSize(chunk.length, sendingMs + followUpMs);
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
