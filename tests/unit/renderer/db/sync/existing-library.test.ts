import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHighlight } from '../../../../../renderer/db/annotations/annotations';
import { saveNote } from '../../../../../renderer/db/notes/notes';
import { editAbstractDetails } from '../../../../../renderer/db/abstracts/metadata-edit';
import { bulkAddTag } from '../../../../../renderer/db/tags/tags';
import { setStatus, toggleStar } from '../../../../../renderer/db/organize/reading-status';
import { getCitationStyle, setCitationStyle } from '../../../../../renderer/db/settings/citation-style';
import { SyncReplica } from '../../../../../renderer/db/sync/sync-replica';
import { freshDatabase } from '../fixtures';
import { seedAbstracts } from '../organize-fixtures';
import { deliverAll, LIBRARY_ID, openDevice, SEED_COUNT, type TestDevice } from './replica-pair';
import { libraryByUid } from './library-by-uid';
import * as Y from 'yjs';

/** A device whose library was tagged, highlighted and noted before sync was ever set up on it. */
async function deviceWithHistory(): Promise<TestDevice> {
  const database = freshDatabase();
  const abstractIds = await seedAbstracts(database, SEED_COUNT);
  const [first = 0, second = 0] = abstractIds;
  await bulkAddTag([first, second], 'methods/rct', database);
  await createHighlight(first, 0, 5, 'yellow', database);
  await saveNote(second, null, 'Read before the seminar.', database);
  await setStatus(second, 'read', database);
  await toggleStar(first, database);
  await setCitationStyle('chicago-author-date', database);
  await editAbstractDetails(second, { title: 'Renamed before sync', doi: '10.1000/before-sync' }, database);
  const problems: string[] = [];
  const replica = await SyncReplica.open(database, LIBRARY_ID, { report: (problem) => problems.push(problem) });
  await replica.whenIdle();
  const outbox = [...replica.documents].map(([doc, yDoc]) => ({ doc, update: Y.encodeStateAsUpdate(yDoc) }));
  return { database, replica, abstractIds, outbox, sent: [...outbox], problems };
}

describe('a library that existed before sync', () => {
  it('reaches a new device whole when its first replica opens: tags, highlights, notes, status, star, edited details and synced settings', async () => {
    const a = await deviceWithHistory();
    const b = await openDevice();
    await deliverAll(a, b);
    const onA = await libraryByUid(a.database);
    const onB = await libraryByUid(b.database);
    expect(onB).toEqual(onA);
    expect(await b.database.abstractTags.count()).toBe(2);
    expect(await b.database.annotations.count()).toBe(1);
    expect(await getCitationStyle(b.database)).toBe('chicago-author-date');
    expect((await b.database.notes.toArray()).map((note) => note.text)).toContain('Read before the seminar.');
    expect((await b.database.abstracts.toArray()).filter((row) => row.status === 'read')).toHaveLength(1);
    expect((await b.database.abstracts.toArray()).filter((row) => row.starred === 1)).toHaveLength(1);
    expect(await b.database.abstracts.get(b.abstractIds[1] ?? 0)).toMatchObject({ title: 'Renamed before sync', doi: '10.1000/before-sync' });
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  it('sends the existing library once: a replica reopened from its stored updates adds nothing', async () => {
    const a = await deviceWithHistory();
    a.replica.close();
    const reopened = await SyncReplica.open(a.database, LIBRARY_ID);
    let sent = 0;
    for (const doc of reopened.documents.values()) doc.on('update', () => (sent += 1));
    await reopened.whenIdle();
    expect(sent).toBe(0);
    reopened.close();
  });
});
