import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { decide } from '../../../../../renderer/db/screening/decisions';
import { reviewRecordIds, stageDecisions } from '../../../../../renderer/db/screening/queries';
import { libraryWithReview } from './screening-fixtures';

describe('screening reads as live queries (what the hooks wrap)', () => {
  it('the stage-2 records and the stage decisions follow each decision and its undo', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    let fullText: number[] = [];
    let decided = -1;
    const records = liveQuery(() => reviewRecordIds(reviewId, 2, database)).subscribe({ next: (value) => (fullText = value) });
    const decisions = liveQuery(() => stageDecisions(reviewId, 1, database)).subscribe({ next: (value) => (decided = value.length) });
    await vi.waitFor(() => expect(decided).toBe(0));
    const change = await decide({ reviewId, abstractId: ids[1], stage: 1, verdict: 'include', order: 'ranked' }, database);
    await vi.waitFor(() => expect([fullText, decided]).toEqual([[ids[1]], 1]));
    await change.undo();
    await vi.waitFor(() => expect([fullText, decided]).toEqual([[], 0]));
    records.unsubscribe();
    decisions.unsubscribe();
  });
});
