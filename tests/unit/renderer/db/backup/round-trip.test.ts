import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { restoreIntoNewDatabase } from '../../../../../renderer/db/backup/restore-backup';
import { importFiles } from '../../../../../renderer/db/import/import';
import { LecternDB } from '../../../../../renderer/db/schema/database';
import { LATEST_VERSION } from '../../../../../renderer/db/schema/version-chain';
import { freshDatabase, snapshot } from '../fixtures';
import { readSeedFiles } from '../seed-files';
import { backupBytes, inPieces } from './backup-support';

describe('backup and restore of the seed library', () => {
  it('restores every table row for row into a new database, leaving the current one alone', async () => {
    const database = freshDatabase();
    await importFiles(await readSeedFiles(), database);
    const before = await snapshot(database);
    const { bytes, manifest } = await backupBytes(database);

    expect(manifest.schemaVersion).toBe(LATEST_VERSION);
    expect(manifest.tables['abstracts']).toBe(26);
    expect(Object.keys(manifest.tables)).not.toContain('searchIndex');
    const restored = await restoreIntoNewDatabase(inPieces(bytes, 1000));
    const copy = new LecternDB(restored.databaseName);
    const after = await snapshot(copy);
    // The search index is a cache, rebuilt after a restore rather than carried in the file.
    expect({ ...after, searchIndex: before['searchIndex'] }).toEqual(before);
    expect(after['searchIndex']).toEqual([]);
    expect(await snapshot(database)).toEqual(before);
    copy.close();
  });

  it('names the damage, not the failed write, when damaged rows cannot be stored', async () => {
    const database = freshDatabase();
    await importFiles(await readSeedFiles(), database);
    const { bytes } = await backupBytes(database);
    // A changed byte that still decompresses to valid rows: two abstract keys rows now share an id.
    const members = unzipSync(bytes);
    const keys = strFromU8(members['tables/abstractKeys.ndjson'] ?? new Uint8Array()).split('\n');
    keys[1] = keys[1]?.replace(/^\{"id":\d+/, keys[0]?.match(/^\{"id":\d+/)?.[0] ?? '') ?? '';
    members['tables/abstractKeys.ndjson'] = strToU8(keys.join('\n'));

    await expect(restoreIntoNewDatabase(inPieces(zipSync(members)), undefined, 'lectern-duplicate-keys')).rejects.toThrow(
      'tables/abstractKeys.ndjson does not match its checksum: the file is damaged.',
    );
    expect(await Dexie.exists('lectern-duplicate-keys')).toBe(false);
  });

  it('deletes the half-built database when the file turns out to be damaged', async () => {
    const database = freshDatabase();
    await importFiles(await readSeedFiles(), database);
    const { bytes } = await backupBytes(database);
    const cut = bytes.subarray(0, Math.floor(bytes.length * 0.8));

    await expect(restoreIntoNewDatabase(inPieces(cut), undefined, 'lectern-half-built')).rejects.toThrow(/truncated/);
    expect(await Dexie.exists('lectern-half-built')).toBe(false);
  });
});
