import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../../../../renderer/db/maintenance/check';
import { repairLibrary } from '../../../../../renderer/db/maintenance/repair';
import { isConsistent, ORPHAN_KINDS, type OrphanKind } from '../../../../../renderer/db/maintenance/report';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { freshDatabase } from '../fixtures';
import { startService } from '../search/search-fixtures';
import { consistentLibrary, everyRow } from './maintenance-fixtures';
import { randomUid } from '../../../../../shared/sync/uids';

const GONE = 9_999;

function noOrphans(): Record<OrphanKind, number> {
  return Object.fromEntries(ORPHAN_KINDS.map((kind) => [kind, 0])) as Record<OrphanKind, number>;
}

/** Writes orphans straight into the tables, as a crash between two writes would leave them; resolves to how many of each. */
async function injectOrphans(database: LecternDB, library: Awaited<ReturnType<typeof consistentLibrary>>): Promise<Record<OrphanKind, number>> {
  const { a, b, c, tagId, listId, synthesisId, reviewId } = library;
  const highlight = await database.annotations.where('abstractId').equals(a).first();
  const keys = await database.abstractKeys.get(a);
  if (highlight === undefined || keys === undefined) throw new Error('the library has no highlight or keys');
  await database.abstractTags.bulkAdd([{ abstractId: GONE, tagId }, { abstractId: GONE + 1, tagId }, { abstractId: b, tagId: GONE }]);
  const orphanHighlight = await database.annotations.add({ ...highlight, id: undefined, abstractId: GONE });
  const orphanNote = await database.notes.add({ uid: randomUid(), abstractId: GONE, title: null, json: null, text: 'lost', createdAt: 2, updatedAt: 2 });
  await database.listItems.bulkAdd([
    { id: 500, uid: randomUid(), listId, abstractId: GONE, order: 'z0', note: '' },
    { id: 501, uid: randomUid(), listId: GONE, abstractId: b, order: 'z1', note: 'why' },
  ]);
  const link = { type: 'related', origin: 'user' as const, noteId: null, annotationId: null, note: '', context: null, createdAt: 3 };
  await database.links.bulkAdd([
    { ...link, uid: randomUid(), fromId: GONE, toId: b },
    { ...link, uid: randomUid(), fromId: c, toId: GONE },
    { ...link, uid: randomUid(), fromId: null, toId: GONE, origin: 'note', noteId: synthesisId, context: 'x' },
    // Mentions whose note or comment is gone, or is itself an orphan.
    { ...link, uid: randomUid(), fromId: null, toId: b, origin: 'note', noteId: GONE, context: 'y' },
    { ...link, uid: randomUid(), fromId: c, toId: b, origin: 'note', annotationId: GONE, context: 'z' },
    { ...link, uid: randomUid(), fromId: null, toId: c, origin: 'note', noteId: orphanNote, context: 'w' },
    { ...link, uid: randomUid(), fromId: b, toId: c, origin: 'note', annotationId: orphanHighlight, context: 'v' },
  ]);
  await database.abstractKeys.add({ ...keys, id: GONE });
  await database.abstractTexts.add({ id: GONE, text: 'gone', display: { text: 'gone', edits: [] } });
  await database.captureTexts.bulkAdd([{ hash: 'gone', index: 0, text: 'a' }, { hash: 'gone', index: 1, text: 'b' }]);
  await database.reviewRecords.bulkAdd([
    { reviewId, abstractId: GONE, addedAt: 1 },
    { reviewId: GONE, abstractId: b, addedAt: 1 },
  ]);
  await database.decisions.bulkAdd([
    // On a record that is itself an orphan, and on an abstract that is not in the review.
    { uid: randomUid(), reviewId, abstractId: GONE, stage: 1, verdict: 'include', decidedAt: 1, order: 'ranked' },
    { uid: randomUid(), reviewId, abstractId: c, stage: 1, verdict: 'maybe', decidedAt: 1, order: 'ranked' },
  ]);
  return {
    tagAssignmentsWithoutAbstract: 2,
    tagAssignmentsWithoutTag: 1,
    annotationsWithoutAbstract: 1,
    notesWithoutAbstract: 1,
    listItemsWithoutAbstract: 1,
    listItemsWithoutList: 1,
    linksWithoutAbstract: 3,
    mentionsWithoutSource: 4,
    keysWithoutAbstract: 1,
    textsWithoutAbstract: 1,
    capturePiecesWithoutCapture: 2,
    reviewRecordsWithoutAbstract: 1,
    reviewRecordsWithoutReview: 1,
    decisionsWithoutRecord: 2,
  };
}

describe('checkLibrary', () => {
  it('reports nothing on a consistent library whose search index is saved', async () => {
    const { database } = await consistentLibrary();
    const { service } = await startService(database);
    service.stop();
    const report = await checkLibrary(database);
    expect(report).toEqual({ orphans: noOrphans(), searchIndex: 'ok' });
    expect(isConsistent(report)).toBe(true);
  });

  it('counts each kind of orphan, and a mention in an orphaned note or comment as one too', async () => {
    const library = await consistentLibrary();
    const expected = await injectOrphans(library.database, library);
    const report = await checkLibrary(library.database);
    expect(report.orphans).toEqual(expected);
    expect(isConsistent(report)).toBe(false);
  });

  it('finds everything an abstract row lost in a crash left behind', async () => {
    const { database, a } = await consistentLibrary();
    const links = await database.links.filter((link) => link.fromId === a || link.toId === a).count();
    await database.abstracts.delete(a);
    const { orphans } = await checkLibrary(database);
    expect(orphans).toEqual({
      ...noOrphans(),
      tagAssignmentsWithoutAbstract: 1,
      annotationsWithoutAbstract: 1,
      notesWithoutAbstract: 1,
      listItemsWithoutAbstract: 1,
      linksWithoutAbstract: links,
      keysWithoutAbstract: 1,
      textsWithoutAbstract: 1,
      reviewRecordsWithoutAbstract: 1,
      decisionsWithoutRecord: 1,
    });
    expect(links).toBeGreaterThanOrEqual(2);
  });

  it('judges the search index: missing, outdated, corrupt, and a missing one on an empty library is fine', async () => {
    expect((await checkLibrary(freshDatabase())).searchIndex).toBe('ok');
    const { database, b } = await consistentLibrary();
    expect((await checkLibrary(database)).searchIndex).toBe('missing');

    const { service } = await startService(database);
    service.stop();
    expect((await checkLibrary(database)).searchIndex).toBe('ok');
    await database.notes.add({ uid: randomUid(), abstractId: b, title: null, json: null, text: 'written while the index was not listening', createdAt: 4, updatedAt: 4 });
    expect((await checkLibrary(database)).searchIndex).toBe('outdated');

    const { service: again } = await startService(database);
    again.stop();
    const chunk = await database.searchIndex.where('key').startsWith('chunk:').first();
    await database.searchIndex.delete(chunk?.key ?? '');
    expect((await checkLibrary(database)).searchIndex).toBe('corrupt');
  });
});

describe('repairLibrary', () => {
  it('removes exactly the orphans, undo puts every row back, redo removes them again', async () => {
    const library = await consistentLibrary();
    const { database } = library;
    const consistent = await everyRow(database);
    const expected = await injectOrphans(database, library);
    const damaged = await everyRow(database);

    const { report, change } = await repairLibrary(database);
    expect(report.orphans).toEqual(expected);
    expect(await everyRow(database)).toEqual(consistent);
    expect((await checkLibrary(database)).orphans).toEqual(noOrphans());

    await change.undo();
    expect(await everyRow(database)).toEqual(damaged);
    expect((await checkLibrary(database)).orphans).toEqual(expected);

    await change.redo();
    expect(await everyRow(database)).toEqual(consistent);
  });

  it('leaves nothing for the next check after an abstract row was lost', async () => {
    const { database, a } = await consistentLibrary();
    await database.abstracts.delete(a);
    await repairLibrary(database);
    expect((await checkLibrary(database)).orphans).toEqual(noOrphans());
  });

  it('discards a stale index, and search answers again once the worker has rebuilt it', async () => {
    const { database, c } = await consistentLibrary();
    const { service } = await startService(database);
    // Stopped, it hears no more writes: a crash before its next save leaves the index behind the library.
    service.stop();
    await database.searchIndex.put({ key: 'meta', format: 2, documents: 1, stamp: '0/0/0/0', chunks: [] });
    expect((await checkLibrary(database)).searchIndex).toBe('outdated');

    const { report } = await repairLibrary(database);
    expect(report.searchIndex).toBe('outdated');
    expect(await database.searchIndex.count()).toBe(0);

    service.rebuild();
    await service.flush();
    expect(await checkLibrary(database)).toEqual({ orphans: noOrphans(), searchIndex: 'ok' });
    const text = (await database.abstractTexts.get(c))?.text ?? '';
    const word = text.match(/[a-z]{7,}/i)?.[0] ?? text;
    expect((await service.query(word)).ids).toContain(c);
  });
});
