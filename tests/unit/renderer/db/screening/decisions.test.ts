import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clearDecision, decide } from '../../../../../renderer/db/screening/decisions';
import { reviewRecordIds, stageDecisions } from '../../../../../renderer/db/screening/queries';
import { snapshot } from '../fixtures';
import { libraryWithReview, screeningRows } from './screening-fixtures';

describe('decisions', () => {
  it('stores a decision with its time, stage, order and the reason as the review spells it', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    await decide({ reviewId, abstractId: ids[1], stage: 1, verdict: 'exclude', reason: 'e2', order: 'random', decidedAt: 1000 }, database);
    expect(await stageDecisions(reviewId, 1, database)).toEqual([{ uid: expect.any(String) as string, reviewId, abstractId: ids[1], stage: 1, verdict: 'exclude', reason: 'E2', decidedAt: 1000, order: 'random' }]);
    expect(await stageDecisions(reviewId, 2, database)).toEqual([]);
  });

  it('replaces the decision at that stage; undo puts the replaced row back, redo the new one', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    await decide({ reviewId, abstractId: ids[0], stage: 1, verdict: 'maybe', order: 'ranked', decidedAt: 1 }, database);
    const maybe = await screeningRows(database);
    const change = await decide({ reviewId, abstractId: ids[0], stage: 1, verdict: 'include', order: 'oldest', decidedAt: 2 }, database);
    const included = await screeningRows(database);
    expect((await stageDecisions(reviewId, 1, database)).map((row) => row.verdict)).toEqual(['include']);
    await change.undo();
    expect(await screeningRows(database)).toEqual(maybe);
    await change.redo();
    expect(await screeningRows(database)).toEqual(included);
  });

  it('undo of a first decision removes it', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    const before = await screeningRows(database);
    const change = await decide({ reviewId, abstractId: ids[2], stage: 1, verdict: 'include', order: 'ranked' }, database);
    await change.undo();
    expect(await screeningRows(database)).toEqual(before);
  });

  it('moves stage-1 inclusions on to stage 2, with separate decisions there', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    await decide({ reviewId, abstractId: ids[0], stage: 1, verdict: 'include', order: 'ranked' }, database);
    await decide({ reviewId, abstractId: ids[1], stage: 1, verdict: 'maybe', order: 'ranked' }, database);
    await decide({ reviewId, abstractId: ids[2], stage: 1, verdict: 'include', order: 'ranked' }, database);
    expect(await reviewRecordIds(reviewId, 2, database)).toEqual([ids[0], ids[2]]);
    await decide({ reviewId, abstractId: ids[2], stage: 2, verdict: 'exclude', reason: 'E1', order: 'ranked' }, database);
    expect((await stageDecisions(reviewId, 1, database)).find((row) => row.abstractId === ids[2])?.verdict).toBe('include');
    expect((await stageDecisions(reviewId, 2, database)).map((row) => [row.abstractId, row.verdict])).toEqual([[ids[2], 'exclude']]);
  });

  it('refuses, writing nothing: a reason that is no exclusion code, a reason on an inclusion, a record outside the review, stage 2 without a stage-1 inclusion', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    await decide({ reviewId, abstractId: ids[1], stage: 1, verdict: 'maybe', order: 'ranked' }, database);
    const before = await snapshot(database);
    await expect(decide({ reviewId, abstractId: ids[0], stage: 1, verdict: 'exclude', reason: 'I1', order: 'ranked' }, database)).rejects.toThrow(
      '"I1" is not an exclusion criterion of the review "Descent methods".',
    );
    await expect(decide({ reviewId, abstractId: ids[0], stage: 1, verdict: 'include', reason: 'E1', order: 'ranked' }, database)).rejects.toThrow('Only an exclusion takes a reason.');
    await expect(decide({ reviewId, abstractId: ids[3], stage: 1, verdict: 'include', order: 'ranked' }, database)).rejects.toThrow(/not a record of this review/);
    await expect(decide({ reviewId, abstractId: ids[0], stage: 2, verdict: 'include', order: 'ranked' }, database)).rejects.toThrow(/included at stage 1/);
    await expect(decide({ reviewId, abstractId: ids[1], stage: 2, verdict: 'include', order: 'ranked' }, database)).rejects.toThrow(/included at stage 1/);
    await expect(decide({ reviewId: 404, abstractId: ids[1], stage: 1, verdict: 'include', order: 'ranked' }, database)).rejects.toThrow('Review 404 does not exist.');
    expect(await snapshot(database)).toEqual(before);
  });

  it('taking back a stage-1 inclusion takes its stage-2 decision too, and undo restores both', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    await decide({ reviewId, abstractId: ids[0], stage: 1, verdict: 'include', order: 'ranked' }, database);
    await decide({ reviewId, abstractId: ids[0], stage: 2, verdict: 'include', order: 'ranked' }, database);
    const before = await screeningRows(database);

    const excluded = await decide({ reviewId, abstractId: ids[0], stage: 1, verdict: 'exclude', order: 'ranked' }, database);
    expect(await stageDecisions(reviewId, 2, database)).toEqual([]);
    expect(await reviewRecordIds(reviewId, 2, database)).toEqual([]);
    await excluded.undo();
    expect(await screeningRows(database)).toEqual(before);

    const cleared = await clearDecision(reviewId, ids[0], 1, database);
    expect(await database.decisions.count()).toBe(0);
    await cleared.undo();
    expect(await screeningRows(database)).toEqual(before);
    await cleared.redo();
    expect(await database.decisions.count()).toBe(0);
  });

  it('clears a stage-2 decision alone', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    await decide({ reviewId, abstractId: ids[0], stage: 1, verdict: 'include', order: 'ranked' }, database);
    await decide({ reviewId, abstractId: ids[0], stage: 2, verdict: 'maybe', order: 'ranked' }, database);
    await clearDecision(reviewId, ids[0], 2, database);
    expect((await stageDecisions(reviewId, 1, database)).length).toBe(1);
    expect(await stageDecisions(reviewId, 2, database)).toEqual([]);
  });
});
