import { db as appDb, type LecternDB } from '../schema/database';
import { existingAbstractIds } from '../tags/store';
import type { Reversible } from '../undo/reversible';
import { cleanCriteria, cleanKeywords, cleanReviewInput, cleanReviewName, exclusionCodes, type ReviewInput } from '../../../shared/screening/validate';
import type { RecordSelection, ReviewRecordRow, ReviewRow, ScreeningOrder } from '../../../shared/screening/types';
import { decisionsOfReview, recordsOfReview, reviewById, runScreeningChange } from './store';
import { randomUid } from '../../../shared/sync/uids';

export interface NewReview extends ReviewInput {
  order?: ScreeningOrder;
  selections: readonly RecordSelection[];
  /** The random order's seed; a fresh one when left out. */
  seed?: number;
}

export type ReviewPatch = Partial<ReviewInput & { order: ScreeningOrder; selections: readonly RecordSelection[] }>;

function freshSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}

/** Creates a review holding `abstractIds` (those still in the library, each once). */
export async function createReview(input: NewReview, abstractIds: readonly number[], database: LecternDB = appDb): Promise<{ id: number; reversible: Reversible }> {
  const fields = cleanReviewInput(input);
  const { undo, redo, result } = await runScreeningChange(database, async () => {
    const now = Date.now();
    const draft: Omit<ReviewRow, 'id'> = {
      uid: randomUid(),
      ...fields,
      order: input.order ?? 'ranked',
      seed: input.seed ?? freshSeed(),
      selections: [...input.selections],
      createdAt: now,
      updatedAt: now,
    };
    const id = await database.reviews.add(draft);
    const records = (await existingAbstractIds([...new Set(abstractIds)], database)).map((abstractId): ReviewRecordRow => ({ reviewId: id, abstractId, addedAt: now }));
    const after = new Map<string, object[]>([
      ['reviews', [{ ...draft, id }]],
      ['reviewRecords', records],
    ]);
    return { before: new Map(), after, result: id };
  }, ['abstractKeys']);
  return { id: result, reversible: { undo, redo } };
}

/**
 * Changes a review's fields. Criteria may be renamed or added, but an exclusion code that a
 * decision gives as its reason cannot be dropped: those decisions would lose their reason.
 */
export async function updateReview(id: number, patch: ReviewPatch, database: LecternDB = appDb): Promise<Reversible> {
  const changed: Partial<ReviewRow> = {};
  if (patch.name !== undefined) changed.name = cleanReviewName(patch.name);
  if (patch.question !== undefined) changed.question = patch.question.trim();
  if (patch.criteria !== undefined) changed.criteria = cleanCriteria(patch.criteria);
  if (patch.includeKeywords !== undefined) changed.includeKeywords = cleanKeywords(patch.includeKeywords);
  if (patch.excludeKeywords !== undefined) changed.excludeKeywords = cleanKeywords(patch.excludeKeywords);
  if (patch.order !== undefined) changed.order = patch.order;
  if (patch.selections !== undefined) changed.selections = [...patch.selections];
  const { undo, redo } = await runScreeningChange(database, async () => {
    const review = await reviewById(database, id);
    if (changed.criteria !== undefined) {
      const kept = new Set(exclusionCodes({ criteria: changed.criteria }));
      const used = new Set((await decisionsOfReview(database, id)).flatMap((decision) => decision.reason ?? []));
      const dropped = [...used].filter((code) => !kept.has(code));
      if (dropped.length > 0) throw new Error(`Decisions give ${dropped.join(', ')} as their reason; keep ${dropped.length === 1 ? 'that exclusion criterion' : 'those exclusion criteria'}.`);
    }
    return { before: new Map([['reviews', [review]]]), after: new Map([['reviews', [{ ...review, ...changed, updatedAt: Date.now() }]]]), result: undefined };
  });
  return { undo, redo };
}

/** Deletes a review with its records and decisions (the abstracts stay in the library). */
export async function deleteReview(id: number, database: LecternDB = appDb): Promise<Reversible> {
  const { undo, redo } = await runScreeningChange(database, async () => {
    const review = await reviewById(database, id);
    const before = new Map<string, object[]>([
      ['reviews', [review]],
      ['reviewRecords', await recordsOfReview(database, id)],
      ['decisions', await decisionsOfReview(database, id)],
    ]);
    return { before, after: new Map(), result: undefined };
  });
  return { undo, redo };
}
