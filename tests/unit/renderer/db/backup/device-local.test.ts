import 'fake-indexeddb/auto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { restoreIntoNewDatabase } from '../../../../../renderer/db/backup/restore-backup';
import { LecternDB } from '../../../../../renderer/db/schema/database';
import { saveSyncConnection } from '../../../../../renderer/db/settings/sync-settings';
import { SyncReplica } from '../../../../../renderer/db/sync/sync-replica';
import { createLibraryToken, libraryIdForToken } from '../../../../../shared/sync';
import { freshDatabase } from '../fixtures';
import { seedAbstracts } from '../organize-fixtures';
import { backupBytes, inPieces } from './backup-support';

describe('what a backup leaves on the device', () => {
  it('never carries the sync token, the device id or the waiting entities, and keeps the library’s own settings', async () => {
    const database = freshDatabase();
    await seedAbstracts(database, 2);
    const token = createLibraryToken();
    await saveSyncConnection({ serverUrl: 'ws://127.0.0.1:4444', token }, database);
    const replica = await SyncReplica.open(database, libraryIdForToken(token));
    await replica.whenIdle();
    replica.close();
    await database.meta.put({ key: 'setting:theme', value: 'dark' });

    const { bytes } = await backupBytes(database);
    const members = Object.values(unzipSync(bytes)).map((member) => strFromU8(member));
    expect(members.some((text) => text.includes('setting:theme'))).toBe(true);
    expect(members.some((text) => text.includes(token))).toBe(false);
    const restored = new LecternDB((await restoreIntoNewDatabase(inPieces(bytes))).databaseName);
    const keys = (await restored.meta.toArray()).map((row) => row.key);
    expect(keys).toContain('setting:theme');
    expect(keys.filter((key) => key.startsWith('device:') || key.startsWith('sync.'))).toEqual([]);
    restored.close();
  });
});
