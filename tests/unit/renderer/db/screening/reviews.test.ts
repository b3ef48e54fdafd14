import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createReview, deleteReview, updateReview } from '../../../../../renderer/db/screening/reviews';
import { addRecords, removeRecords, setScreeningNote } from '../../../../../renderer/db/screening/records';
import { decide } from '../../../../../renderer/db/screening/decisions';
import { queryReviews, reviewRecord, reviewRecordIds, stageDecisions } from '../../../../../renderer/db/screening/queries';
import { snapshot } from '../fixtures';
import { libraryWithReview, REVIEW_INPUT, screeningRows } from './screening-fixtures';

describe('reviews', () => {
  it('creates a review with cleaned fields and its records, and undo and redo take them away and back', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    const [review] = await queryReviews(database);
    expect(review).toMatchObject({ id: reviewId, name: 'Descent methods', order: 'ranked', seed: 7, selections: [{ kind: 'library' }] });
    expect(await reviewRecordIds(reviewId, 1, database)).toEqual(ids.slice(0, 3));

    const { id, reversible } = await createReview(
      { ...REVIEW_INPUT, name: '  Second   review ', includeKeywords: ['x', ' X ', ''], seed: undefined },
      [ids[3], ids[3], 9999],
      database,
    );
    const created = await screeningRows(database);
    expect((await database.reviews.get(id))?.name).toBe('Second review');
    expect((await database.reviews.get(id))?.includeKeywords).toEqual(['x']);
    expect(await reviewRecordIds(id, 1, database)).toEqual([ids[3]]);
    await reversible.undo();
    expect(await database.reviews.get(id)).toBeUndefined();
    expect(await reviewRecordIds(id, 1, database)).toEqual([]);
    await reversible.redo();
    expect(await screeningRows(database)).toEqual(created);
  });

  it('refuses an empty name or a repeated criterion code, and writes nothing', async () => {
    const { database, reviewId } = await libraryWithReview();
    const before = await snapshot(database);
    await expect(createReview({ ...REVIEW_INPUT, name: '   ' }, [], database)).rejects.toThrow('A review needs a name.');
    const twice = [...REVIEW_INPUT.criteria, { code: 'e1 ', kind: 'exclude' as const, label: 'Again' }];
    await expect(createReview({ ...REVIEW_INPUT, criteria: twice }, [], database)).rejects.toThrow(/share the code "e1"/);
    await expect(updateReview(reviewId, { name: '' }, database)).rejects.toThrow('A review needs a name.');
    await expect(updateReview(reviewId, { criteria: twice }, database)).rejects.toThrow(/share the code/);
    expect(await snapshot(database)).toEqual(before);
  });

  it('updates fields and undoes the update; an exclusion code in use cannot be dropped', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    const before = await screeningRows(database);
    const change = await updateReview(reviewId, { name: 'Renamed', order: 'random', excludeKeywords: ['graphs'] }, database);
    expect(await database.reviews.get(reviewId)).toMatchObject({ name: 'Renamed', order: 'random', excludeKeywords: ['graphs'], question: REVIEW_INPUT.question });
    await change.undo();
    expect(await screeningRows(database)).toEqual(before);
    await change.redo();
    expect((await database.reviews.get(reviewId))?.name).toBe('Renamed');

    await decide({ reviewId, abstractId: ids[1], stage: 1, verdict: 'exclude', reason: 'E2', order: 'ranked' }, database);
    const used = await snapshot(database);
    await expect(updateReview(reviewId, { criteria: REVIEW_INPUT.criteria.slice(0, 2) }, database)).rejects.toThrow(/E2 as their reason/);
    expect(await snapshot(database)).toEqual(used);
    await updateReview(reviewId, { criteria: [...REVIEW_INPUT.criteria, { code: 'E3', kind: 'exclude', label: 'Not English' }] }, database);
    expect((await database.reviews.get(reviewId))?.criteria.map((criterion) => criterion.code)).toEqual(['I1', 'E1', 'E2', 'E3']);
  });

  it('deletes a review with its records and decisions, and undo brings every row back', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    await decide({ reviewId, abstractId: ids[0], stage: 1, verdict: 'include', order: 'ranked' }, database);
    await decide({ reviewId, abstractId: ids[0], stage: 2, verdict: 'exclude', reason: 'E1', order: 'ranked' }, database);
    await setScreeningNote(reviewId, ids[0], 'Check the proof', database);
    const before = await snapshot(database);
    const change = await deleteReview(reviewId, database);
    expect(await screeningRows(database)).toEqual({ reviews: [], reviewRecords: [], decisions: [] });
    expect(await database.abstracts.count()).toBe(4);
    await change.undo();
    expect(await snapshot(database)).toEqual(before);
    await change.redo();
    expect(await screeningRows(database)).toEqual({ reviews: [], reviewRecords: [], decisions: [] });
  });
});

describe('records', () => {
  it('adds only new abstracts that exist, and undo takes exactly those out', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    const before = await screeningRows(database);
    const change = await addRecords(reviewId, [ids[3], ids[0], 4242], database);
    expect(change.added).toBe(1);
    expect(await reviewRecordIds(reviewId, 1, database)).toEqual(ids);
    await change.undo();
    expect(await screeningRows(database)).toEqual(before);
    await change.redo();
    expect(await reviewRecordIds(reviewId, 1, database)).toEqual(ids);
    await expect(addRecords(999, [ids[0]], database)).rejects.toThrow('Review 999 does not exist.');
  });

  it('notes how added records were chosen on the review in the same write, and undo takes both back', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    const before = await screeningRows(database);
    const change = await addRecords(reviewId, [ids[3]], database, { kind: 'tag', path: 'theory/sgd' });
    expect((await database.reviews.get(reviewId))?.selections).toEqual([{ kind: 'library' }, { kind: 'tag', path: 'theory/sgd' }]);
    expect(await reviewRecordIds(reviewId, 1, database)).toEqual(ids);
    await change.undo();
    expect(await screeningRows(database)).toEqual(before);
    await expect(addRecords(999, [ids[0]], database, { kind: 'library' })).rejects.toThrow('Review 999 does not exist.');
    expect(await screeningRows(database)).toEqual(before);
  });

  it('removes records with their decisions at both stages, and undo restores them', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    await decide({ reviewId, abstractId: ids[0], stage: 1, verdict: 'include', order: 'ranked' }, database);
    await decide({ reviewId, abstractId: ids[0], stage: 2, verdict: 'maybe', order: 'ranked' }, database);
    const before = await screeningRows(database);
    const change = await removeRecords(reviewId, [ids[0]], database);
    expect(change.removed).toBe(1);
    expect(await reviewRecordIds(reviewId, 1, database)).toEqual(ids.slice(1, 3));
    expect(await database.decisions.count()).toBe(0);
    await change.undo();
    expect(await screeningRows(database)).toEqual(before);
  });

  it('keeps a screening note, removes it when blank, and undoes each change', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    const first = await setScreeningNote(reviewId, ids[1], '  Population unclear ', database);
    expect((await reviewRecord(reviewId, ids[1], database))?.note).toBe('Population unclear');
    const cleared = await setScreeningNote(reviewId, ids[1], '   ', database);
    expect(await reviewRecord(reviewId, ids[1], database)).not.toHaveProperty('note');
    await cleared.undo();
    expect((await reviewRecord(reviewId, ids[1], database))?.note).toBe('Population unclear');
    await first.undo();
    expect(await reviewRecord(reviewId, ids[1], database)).not.toHaveProperty('note');
    await expect(setScreeningNote(reviewId, ids[3], 'x', database)).rejects.toThrow(/not a record of review/);
    expect(await stageDecisions(reviewId, 1, database)).toEqual([]);
  });
});
