// The screening domain owns systematic reviews, their records and the decisions made on them.

import type { LecternDB } from '../schema/database';
import type { TableRows } from '../undo/row-snapshot';
import { replaceRows, reversibleBetween } from '../undo/row-snapshot';
import type { Reversible } from '../undo/reversible';
import type { DecisionRow, ReviewRecordRow, ReviewRow, ScreeningStage } from '../../../shared/screening/types';

/** Every table a screening write touches; undo and redo write the same ones. */
export const SCREENING_TABLES = ['reviews', 'reviewRecords', 'decisions'] as const;

export async function reviewById(database: LecternDB, id: number): Promise<ReviewRow> {
  const review = await database.reviews.get(id);
  if (review === undefined) throw new Error(`Review ${id} does not exist.`);
  return review;
}

/** A review's records, in abstract id order: one range of the [reviewId+abstractId] key. */
export function recordsOfReview(database: LecternDB, reviewId: number): Promise<ReviewRecordRow[]> {
  return database.reviewRecords.where('[reviewId+abstractId]').between([reviewId, -Infinity], [reviewId, Infinity], true, true).toArray();
}

/** A review's decisions at one stage, in abstract id order; both stages when `stage` is left out. */
export function decisionsOfReview(database: LecternDB, reviewId: number, stage?: ScreeningStage): Promise<DecisionRow[]> {
  // Every part of the key is a number, so infinities bound the ranges.
  const low = [reviewId, stage ?? -Infinity, -Infinity];
  const high = [reviewId, stage ?? Infinity, Infinity];
  return database.decisions.where('[reviewId+stage+abstractId]').between(low, high, true, true).toArray();
}

/** Rows before and after a change, by table, with what the change hands back to its caller. */
export interface PlannedChange<T> {
  before: TableRows;
  after: TableRows;
  result: T;
}

/**
 * Runs a screening write in one transaction: `plan` reads and checks what it needs (it may add a
 * row whose id it must learn) and says which rows it replaces by which; they are then written.
 * Undo and redo replay exactly those rows, each in one transaction. A plan that throws writes nothing.
 * `alsoReads`: other tables the plan reads (e.g. abstractKeys, to skip abstracts no longer there).
 */
export async function runScreeningChange<T>(
  database: LecternDB,
  plan: () => Promise<PlannedChange<T>>,
  alsoReads: readonly string[] = [],
): Promise<Reversible & { result: T }> {
  const tables = SCREENING_TABLES;
  const { before, after, result } = await database.transaction('rw', [...tables, ...alsoReads], async () => {
    const planned = await plan();
    await replaceRows(database, planned.before, planned.after);
    return planned;
  });
  return { ...reversibleBetween(database, tables, before, after), result };
}
