import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { restoreIntoNewDatabase } from '../../../../../renderer/db/backup/restore-backup';
import { LecternDB } from '../../../../../renderer/db/schema/database';
import { decide } from '../../../../../renderer/db/screening/decisions';
import { setScreeningNote } from '../../../../../renderer/db/screening/records';
import { createReview } from '../../../../../renderer/db/screening/reviews';
import { reviewRecordIds, stageDecisions } from '../../../../../renderer/db/screening/queries';
import { snapshot } from '../fixtures';
import { libraryWithReview, REVIEW_INPUT } from '../screening/screening-fixtures';
import { backupBytes, inPieces } from './backup-support';

describe('backup and restore of reviews', () => {
  it('gives back every review, record, note and decision, and the restored library screens on', async () => {
    const { database, reviewId, ids } = await libraryWithReview();
    await createReview({ ...REVIEW_INPUT, name: 'Second', selections: [{ kind: 'search', query: 'descent "low rank"' }] }, [ids[3], ids[0]], database);
    await decide({ reviewId, abstractId: ids[0], stage: 1, verdict: 'include', order: 'random', decidedAt: 11 }, database);
    await decide({ reviewId, abstractId: ids[0], stage: 2, verdict: 'exclude', reason: 'E2', order: 'random', decidedAt: 12 }, database);
    await decide({ reviewId, abstractId: ids[1], stage: 1, verdict: 'maybe', order: 'oldest', decidedAt: 13 }, database);
    await setScreeningNote(reviewId, ids[1], 'Ask the “second” reviewer', database);
    const before = await snapshot(database);

    const { bytes, manifest } = await backupBytes(database);
    expect(manifest.tables).toMatchObject({ reviews: 2, reviewRecords: 5, decisions: 3 });
    const restored = await restoreIntoNewDatabase(inPieces(bytes, 700));
    const copy = new LecternDB(restored.databaseName);
    const after = await snapshot(copy);
    for (const table of ['reviews', 'reviewRecords', 'decisions']) expect(after[table], table).toEqual(before[table]);

    await decide({ reviewId, abstractId: ids[2], stage: 1, verdict: 'include', order: 'ranked' }, copy);
    expect(await reviewRecordIds(reviewId, 2, copy)).toEqual([ids[0], ids[2]]);
    expect((await stageDecisions(reviewId, 2, copy)).map((row) => row.reason)).toEqual(['E2']);
    copy.close();
  });
});
