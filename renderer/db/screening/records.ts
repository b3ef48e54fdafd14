import { db as appDb, type LecternDB } from '../schema/database';
import { existingAbstractIds } from '../tags/store';
import type { Reversible } from '../undo/reversible';
import type { RecordSelection, ReviewRecordRow } from '../../../shared/screening/types';
import { reviewById, runScreeningChange } from './store';

/**
 * Adds abstracts to a review; those already in it, or no longer in the library, are skipped. With
 * `selection`, how they were chosen joins the review's selections in the same transaction.
 */
export async function addRecords(
  reviewId: number,
  abstractIds: readonly number[],
  database: LecternDB = appDb,
  selection?: RecordSelection,
): Promise<Reversible & { added: number }> {
  const { undo, redo, result } = await runScreeningChange(database, async () => {
    const review = await reviewById(database, reviewId);
    const wanted = await existingAbstractIds([...new Set(abstractIds)], database);
    const present = await database.reviewRecords.bulkGet(wanted.map((abstractId): [number, number] => [reviewId, abstractId]));
    const now = Date.now();
    const added = wanted.filter((_, index) => present[index] === undefined).map((abstractId): ReviewRecordRow => ({ reviewId, abstractId, addedAt: now }));
    const after = new Map<string, object[]>([['reviewRecords', added]]);
    const before = new Map<string, object[]>();
    if (selection !== undefined) {
      before.set('reviews', [review]);
      after.set('reviews', [{ ...review, selections: [...review.selections, selection], updatedAt: now }]);
    }
    return { before, after, result: added.length };
  }, ['abstractKeys']);
  return { undo, redo, added: result };
}

/** Takes abstracts out of a review, with their decisions in it at both stages. */
export async function removeRecords(reviewId: number, abstractIds: readonly number[], database: LecternDB = appDb): Promise<Reversible & { removed: number }> {
  const { undo, redo, result } = await runScreeningChange(database, async () => {
    await reviewById(database, reviewId);
    const ids = [...new Set(abstractIds)];
    const records = (await database.reviewRecords.bulkGet(ids.map((abstractId): [number, number] => [reviewId, abstractId]))).filter((row) => row !== undefined);
    const decisionKeys = ids.flatMap((abstractId): [number, number, number][] => [
      [reviewId, 1, abstractId],
      [reviewId, 2, abstractId],
    ]);
    const decisions = (await database.decisions.bulkGet(decisionKeys)).filter((row) => row !== undefined);
    const before = new Map<string, object[]>([
      ['reviewRecords', records],
      ['decisions', decisions],
    ]);
    return { before, after: new Map(), result: records.length };
  });
  return { undo, redo, removed: result };
}

/** The reviewer's note on a record in a review; blank text removes it. */
export async function setScreeningNote(reviewId: number, abstractId: number, text: string, database: LecternDB = appDb): Promise<Reversible> {
  const { undo, redo } = await runScreeningChange(database, async () => {
    const record = await database.reviewRecords.get([reviewId, abstractId]);
    if (record === undefined) throw new Error(`Abstract ${abstractId} is not a record of review ${reviewId}.`);
    const note = text.trim();
    const updated: ReviewRecordRow = { reviewId, abstractId, addedAt: record.addedAt };
    if (note !== '') updated.note = note;
    return { before: new Map([['reviewRecords', [record]]]), after: new Map([['reviewRecords', [updated]]]), result: undefined };
  });
  return { undo, redo };
}
