import { db as appDb, type LecternDB } from '../schema/database';
import type { Reversible } from '../undo/reversible';
import { checkedReason } from '../../../shared/screening/validate';
import type { DecisionRow, ScreeningOrder, ScreeningStage, Verdict } from '../../../shared/screening/types';
import { reviewById, runScreeningChange } from './store';
import { randomUid } from '../../../shared/sync/uids';

export interface DecisionInput {
  reviewId: number;
  abstractId: number;
  stage: ScreeningStage;
  verdict: Verdict;
  /** An exclusion criterion's code (any case); only with 'exclude'. */
  reason?: string;
  order: ScreeningOrder;
  /** When the decision was made; now when left out. */
  decidedAt?: number;
}

type DecisionKey = [reviewId: number, stage: number, abstractId: number];

async function checkRecord(database: LecternDB, reviewId: number, abstractId: number): Promise<void> {
  if ((await database.reviewRecords.get([reviewId, abstractId])) === undefined) throw new Error(`Abstract ${abstractId} is not a record of this review.`);
}

/**
 * A stage-2 decision stands only on a stage-1 inclusion. When a stage-1 change takes the inclusion
 * away, the stage-2 decision goes too (undo brings it back), so stage 2 never counts a record
 * that is not at stage 2.
 */
async function orphanedFullText(database: LecternDB, reviewId: number, abstractId: number, stage: ScreeningStage, verdict: Verdict | null): Promise<DecisionRow[]> {
  if (stage !== 1 || verdict === 'include') return [];
  const fullText = await database.decisions.get([reviewId, 2, abstractId] satisfies DecisionKey);
  return fullText === undefined ? [] : [fullText];
}

/**
 * Records a decision on a record at a stage, replacing the one it had there. Checked first, and
 * nothing is written when a check fails: the record must be in the review, a reason must be one of
 * the review's exclusion codes, and a stage-2 decision needs an inclusion at stage 1.
 */
export async function decide(input: DecisionInput, database: LecternDB = appDb): Promise<Reversible> {
  const { reviewId, abstractId, stage, verdict } = input;
  const { undo, redo } = await runScreeningChange(database, async () => {
    const review = await reviewById(database, reviewId);
    await checkRecord(database, reviewId, abstractId);
    const reason = checkedReason(review, verdict, input.reason);
    if (stage === 2) {
      const first = await database.decisions.get([reviewId, 1, abstractId] satisfies DecisionKey);
      if (first?.verdict !== 'include') throw new Error('Only a record included at stage 1 can be assessed at full text.');
    }
    const current = await database.decisions.get([reviewId, stage, abstractId] satisfies DecisionKey);
    // A new verdict on the same record and stage is an edit of one decision: it keeps its uid.
    const decision: DecisionRow = { uid: current?.uid ?? randomUid(), reviewId, abstractId, stage, verdict, decidedAt: input.decidedAt ?? Date.now(), order: input.order };
    if (reason !== undefined) decision.reason = reason;
    const orphans = await orphanedFullText(database, reviewId, abstractId, stage, verdict);
    return { before: new Map([['decisions', [...(current === undefined ? [] : [current]), ...orphans]]]), after: new Map([['decisions', [decision]]]), result: undefined };
  });
  return { undo, redo };
}

/** Takes back the decision on a record at a stage (at stage 1, a full-text decision on it goes too). */
export async function clearDecision(reviewId: number, abstractId: number, stage: ScreeningStage, database: LecternDB = appDb): Promise<Reversible> {
  const { undo, redo } = await runScreeningChange(database, async () => {
    const current = await database.decisions.get([reviewId, stage, abstractId] satisfies DecisionKey);
    const orphans = await orphanedFullText(database, reviewId, abstractId, stage, null);
    return { before: new Map([['decisions', [...(current === undefined ? [] : [current]), ...orphans]]]), after: new Map(), result: undefined };
  });
  return { undo, redo };
}
