import type { LecternDB } from '../schema/database';
import type { DecisionRow, ReviewRecordRow } from '../../../shared/screening/types';

/** Two screening notes on one record, each kept once, the survivor's first. */
function joinedNote(kept: string | undefined, moved: string | undefined): string | undefined {
  const parts = [...new Set([kept, moved].flatMap((note) => (note === undefined || note.trim() === '' ? [] : [note.trim()])))];
  return parts.length === 0 ? undefined : parts.join('; ');
}

/** The survivor's memberships, with the loser's added: a review holding both keeps the survivor's row and both notes. */
function mergedRecords(survivorId: number, survivor: readonly ReviewRecordRow[], loser: readonly ReviewRecordRow[]): ReviewRecordRow[] {
  const byReview = new Map(survivor.map((record) => [record.reviewId, record]));
  const changed: ReviewRecordRow[] = [];
  for (const record of loser) {
    const kept = byReview.get(record.reviewId);
    const base = kept ?? { reviewId: record.reviewId, abstractId: survivorId, addedAt: record.addedAt };
    const note = joinedNote(kept?.note, record.note);
    const merged: ReviewRecordRow = { reviewId: base.reviewId, abstractId: survivorId, addedAt: base.addedAt };
    if (note !== undefined) merged.note = note;
    changed.push(merged);
  }
  return changed;
}

/**
 * The survivor's decisions in each review the loser was decided in: at each stage the survivor's
 * own decision wins, else the loser's moves over. A full-text decision stays only on a stage-1
 * inclusion, as everywhere else.
 */
function movedDecisions(survivorId: number, survivor: readonly DecisionRow[], loser: readonly DecisionRow[]): DecisionRow[] {
  const key = (decision: { reviewId: number; stage: number }): string => `${decision.reviewId}:${decision.stage}`;
  const chosen = new Map(survivor.map((decision) => [key(decision), decision]));
  const moved = loser.filter((decision) => !chosen.has(key(decision))).map((decision) => ({ ...decision, abstractId: survivorId }));
  for (const decision of moved) chosen.set(key(decision), decision);
  return moved.filter((decision) => decision.stage === 1 || chosen.get(key({ reviewId: decision.reviewId, stage: 1 }))?.verdict === 'include');
}

/**
 * The loser's review memberships and decisions move to the survivor, inside the merge's
 * transaction (its scope holds reviewRecords and decisions). Rows of the loser are deleted.
 */
export async function moveReviewRows(database: LecternDB, survivorId: number, loserId: number): Promise<void> {
  const loserRecords = await database.reviewRecords.where('abstractId').equals(loserId).toArray();
  const loserDecisions = await database.decisions.where('abstractId').equals(loserId).toArray();
  if (loserRecords.length === 0 && loserDecisions.length === 0) return;
  const survivorRecords = await database.reviewRecords.where('abstractId').equals(survivorId).toArray();
  const survivorDecisions = await database.decisions.where('abstractId').equals(survivorId).toArray();
  await database.reviewRecords.bulkDelete(loserRecords.map((record): [number, number] => [record.reviewId, record.abstractId]));
  await database.decisions.bulkDelete(loserDecisions.map((decision): [number, number, number] => [decision.reviewId, decision.stage, decision.abstractId]));
  const records = mergedRecords(survivorId, survivorRecords, loserRecords);
  if (records.length > 0) await database.reviewRecords.bulkPut(records);
  const moved = movedDecisions(survivorId, survivorDecisions, loserDecisions);
  if (moved.length > 0) await database.decisions.bulkPut(moved);
}
