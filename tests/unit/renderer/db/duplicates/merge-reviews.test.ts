import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getAbstract } from '../../../../../renderer/db/abstracts/records';
import { defaultChoices } from '../../../../../renderer/db/duplicates/merge-fields';
import { mergeDuplicates } from '../../../../../renderer/db/duplicates/merge';
import { createReview } from '../../../../../renderer/db/screening/reviews';
import { setScreeningNote } from '../../../../../renderer/db/screening/records';
import { decide } from '../../../../../renderer/db/screening/decisions';
import { reviewRecordIds, stageDecisions } from '../../../../../renderer/db/screening/queries';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { snapshot } from '../fixtures';
import { libraryWithReview, REVIEW_INPUT } from '../screening/screening-fixtures';

async function merge(database: LecternDB, survivor: number, loser: number) {
  const [first, second] = [await getAbstract(survivor, database), await getAbstract(loser, database)];
  if (first === undefined || second === undefined) throw new Error('missing abstract');
  return mergeDuplicates(survivor, loser, defaultChoices(first, second), database);
}

describe('merging duplicates in reviews', () => {
  it("moves the loser's memberships and decisions to the survivor, the survivor's own decision winning, and undo restores them", async () => {
    const { database, reviewId: shared, ids } = await libraryWithReview();
    const [survivor, loser, other, outside] = ids;
    // A second review holds only the loser, so its membership and decisions move whole.
    const { id: loserOnly } = await createReview({ ...REVIEW_INPUT, name: 'Loser only' }, [loser, other], database);
    await decide({ reviewId: shared, abstractId: survivor, stage: 1, verdict: 'exclude', reason: 'E1', order: 'ranked', decidedAt: 1 }, database);
    await decide({ reviewId: shared, abstractId: loser, stage: 1, verdict: 'include', order: 'ranked', decidedAt: 2 }, database);
    await decide({ reviewId: shared, abstractId: loser, stage: 2, verdict: 'include', order: 'ranked', decidedAt: 3 }, database);
    await decide({ reviewId: loserOnly, abstractId: loser, stage: 1, verdict: 'include', order: 'random', decidedAt: 4 }, database);
    await decide({ reviewId: loserOnly, abstractId: loser, stage: 2, verdict: 'exclude', reason: 'E2', order: 'random', decidedAt: 5 }, database);
    await setScreeningNote(shared, survivor, 'survivor note', database);
    await setScreeningNote(shared, loser, 'loser note', database);
    const before = await snapshot(database);

    const change = await merge(database, survivor, loser);
    expect(await reviewRecordIds(shared, 1, database)).toEqual([survivor, other]);
    expect(await reviewRecordIds(loserOnly, 1, database)).toEqual([survivor, other]);
    expect(await database.reviewRecords.where('abstractId').equals(loser).count()).toBe(0);
    expect(await database.decisions.where('abstractId').equals(loser).count()).toBe(0);
    // The survivor's exclusion wins in the shared review; the loser's full-text decision, resting on an inclusion that lost, goes.
    expect(await stageDecisions(shared, 1, database)).toEqual([{ uid: expect.any(String) as string, reviewId: shared, abstractId: survivor, stage: 1, verdict: 'exclude', reason: 'E1', decidedAt: 1, order: 'ranked' }]);
    expect(await stageDecisions(shared, 2, database)).toEqual([]);
    expect((await stageDecisions(loserOnly, 2, database)).map((row) => [row.abstractId, row.verdict, row.reason])).toEqual([[survivor, 'exclude', 'E2']]);
    expect((await database.reviewRecords.get([shared, survivor]))?.note).toBe('survivor note; loser note');
    expect(await database.reviewRecords.get([shared, outside])).toBeUndefined();

    await change.undo();
    expect(await snapshot(database)).toEqual(before);
    await change.redo();
    expect(await reviewRecordIds(loserOnly, 1, database)).toEqual([survivor, other]);
  });

  it('brings the loser into a review that held only it, with its decisions', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    const [, , third, fourth] = ids;
    await decide({ reviewId, abstractId: third, stage: 1, verdict: 'maybe', order: 'oldest', decidedAt: 9 }, database);
    const { uid } = (await stageDecisions(reviewId, 1, database))[0] ?? {};
    await merge(database, fourth, third);
    expect(await database.reviewRecords.get([reviewId, fourth])).toBeDefined();
    // The moved decision is the same decision: it keeps its uid.
    expect(await stageDecisions(reviewId, 1, database)).toEqual([{ uid, reviewId, abstractId: fourth, stage: 1, verdict: 'maybe', decidedAt: 9, order: 'oldest' }]);
  });
});
