import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHighlight, deleteAnnotation, setAnnotationColor } from '../../../../../renderer/db/annotations/annotations';
import { bulkAddTag } from '../../../../../renderer/db/tags/tags';
import { setStatus } from '../../../../../renderer/db/organize/reading-status';
import { SyncReplica } from '../../../../../renderer/db/sync/sync-replica';
import { forgetSyncState } from '../../../../../renderer/db/sync/forget';
import { freshDatabase } from '../fixtures';
import { seedAbstracts } from '../organize-fixtures';
import { deliverAll, LIBRARY_ID, openDevice, receive } from './replica-pair';
import { libraryByUid } from './library-by-uid';

describe('sync bridge rules', () => {
  it('a highlight recoloured on one device while the other deleted it offline survives on both, recoloured', async () => {
    const a = await openDevice();
    const b = await openDevice();
    const id = await createHighlight(a.abstractIds[0] ?? 0, 0, 5, 'yellow', a.database);
    await a.replica.whenIdle();
    await deliverAll(a, b);
    const uid = (await a.database.annotations.get(id))?.uid ?? '';
    const onB = await b.database.annotations.where('uid').equals(uid).first();
    expect(onB?.color).toBe('yellow');

    await deleteAnnotation(onB?.id ?? 0, b.database);
    await setAnnotationColor(id, 'green', a.database);
    await a.replica.whenIdle();
    await b.replica.whenIdle();
    await deliverAll(a, b);

    for (const device of [a, b]) {
      const row = await device.database.annotations.where('uid').equals(uid).first();
      expect(row?.color).toBe('green');
    }
    expect(await libraryByUid(b.database)).toEqual(await libraryByUid(a.database));
  });

  it('a delete made after seeing the edits deletes on both devices', async () => {
    const a = await openDevice();
    const b = await openDevice();
    const id = await createHighlight(a.abstractIds[1] ?? 0, 2, 9, 'pink', a.database);
    await a.replica.whenIdle();
    await deliverAll(a, b);
    await deleteAnnotation(id, a.database);
    await a.replica.whenIdle();
    await deliverAll(a, b);
    expect(await b.database.annotations.count()).toBe(0);
  });

  it('rows for an abstract this device has not imported yet wait, across a reload, then appear once it is imported', async () => {
    const a = await openDevice();
    await bulkAddTag([a.abstractIds[2] ?? 0], 'later', a.database);
    await setStatus(a.abstractIds[2] ?? 0, 'read', a.database);
    await a.replica.whenIdle();

    const empty = freshDatabase();
    const problems: string[] = [];
    const replica = await SyncReplica.open(empty, LIBRARY_ID, { report: (problem) => problems.push(problem) });
    await receive({ ...a, database: empty, replica, outbox: [], sent: [], problems }, a.outbox.splice(0));
    expect(await empty.abstractTags.count()).toBe(0);
    expect((await empty.tags.toArray()).map((tag) => tag.path)).toEqual(['later']);

    replica.close();
    const reopened = await SyncReplica.open(empty, LIBRARY_ID, { report: (problem) => problems.push(problem) });
    await seedAbstracts(empty, 4);
    await reopened.whenIdle();
    const mirrored = await libraryByUid(empty);
    const original = await libraryByUid(a.database);
    expect(mirrored.tagged).toEqual(original.tagged);
    expect(mirrored.abstracts).toEqual(original.abstracts);
    expect(problems).toEqual([]);
  });

  it('offline edits survive a reload: the docs come back from the update store and sync afterwards', async () => {
    const a = await openDevice();
    await setStatus(a.abstractIds[0] ?? 0, 'reading', a.database);
    await a.replica.whenIdle();
    a.replica.close();
    const reopened = await SyncReplica.open(a.database, LIBRARY_ID);
    const b = await openDevice();
    const { encodeStateAsUpdate } = await import('yjs');
    const updates = [...reopened.documents].map(([doc, yDoc]) => ({ doc, update: encodeStateAsUpdate(yDoc) }));
    await receive(b, updates);
    const status = (await b.database.abstracts.toArray()).find((row) => row.id === b.abstractIds[0])?.status;
    expect(status).toBe('reading');
  });

  it('forgetting drops the stored replica and the device id, and keeps the rows', async () => {
    const a = await openDevice();
    const firstDevice = a.replica.deviceId;
    await setStatus(a.abstractIds[0] ?? 0, 'read', a.database);
    await a.replica.whenIdle();
    a.replica.close();
    await forgetSyncState(a.database);
    expect(await a.database.syncUpdates.count()).toBe(0);
    const fresh = await SyncReplica.open(a.database, LIBRARY_ID);
    expect(fresh.deviceId).not.toBe(firstDevice);
    expect((await a.database.abstracts.get(a.abstractIds[0] ?? 0))?.status).toBe('read');
    fresh.close();
  });
});
