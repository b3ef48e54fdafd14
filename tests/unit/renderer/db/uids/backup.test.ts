import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { allAbstracts } from '../../../../../renderer/db/abstracts/records';
import { createHighlight } from '../../../../../renderer/db/annotations/annotations';
import { restoreIntoNewDatabase } from '../../../../../renderer/db/backup/restore-backup';
import { importFiles } from '../../../../../renderer/db/import/import';
import { addToList, createList } from '../../../../../renderer/db/lists/lists';
import { LecternDB } from '../../../../../renderer/db/schema/database';
import { addTag } from '../../../../../renderer/db/tags/tags';
import { uidOfAbstract } from '../../../../../shared/sync/abstract-uid-of';
import { isUid, tagUid } from '../../../../../shared/sync/uids';
import { backupBytes, inPieces } from '../backup/backup-support';
import { legacyBackup } from '../backup/legacy-fixtures';
import { freshDatabase } from '../fixtures';
import { readSeedFiles } from '../seed-files';

const SYNCED_TABLES = ['abstracts', 'annotations', 'notes', 'tags', 'lists', 'listItems', 'links', 'linkTypes', 'savedSearches', 'reviews', 'decisions'];

async function restore(bytes: Uint8Array): Promise<LecternDB> {
  const { databaseName } = await restoreIntoNewDatabase(inPieces(bytes), undefined, freshDatabase().name);
  const database = new LecternDB(databaseName);
  await database.open();
  return database;
}

/** Each synced table's rows as [primary key, uid] pairs. */
async function uidsByKey(database: LecternDB): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    SYNCED_TABLES.map(async (name) => {
      const table = database.table<{ uid?: unknown }>(name);
      const [keys, rows] = await Promise.all([table.toCollection().primaryKeys(), table.toArray()]);
      return [name, rows.map((row, index) => [keys[index], row.uid])] as const;
    }),
  );
  return Object.fromEntries(entries);
}

describe('uids in backups', () => {
  it('a backup restores every row with the uid it had', async () => {
    const database = freshDatabase();
    await importFiles(await readSeedFiles(), database);
    const [first, second] = await database.abstracts.orderBy(':id').primaryKeys();
    if (first === undefined || second === undefined) throw new Error('the seeds hold fewer than two abstracts');
    await addTag(first, 'theory/sgd', database);
    await createHighlight(first, 0, 5, 'yellow', database);
    await addToList((await createList('To read', database)).id, [first, second], undefined, database);
    const restored = await restore((await backupBytes(database)).bytes);
    const uids = await uidsByKey(database);
    expect(uids['listItems']?.length).toBe(2);
    expect(await uidsByKey(restored)).toEqual(uids);
  });

  it('a backup from before uids (version 5) restores with every synced row given one', async () => {
    const restored = await restore(await legacyBackup('v5'));
    for (const [table, pairs] of Object.entries(await uidsByKey(restored))) {
      for (const [key, uid] of pairs as [unknown, unknown][]) expect(isUid(uid), `${table} ${String(key)}`).toBe(true);
    }
    for (const row of await allAbstracts(restored)) expect(row.uid).toBe(uidOfAbstract(row));
    const tags = await restored.tags.toArray();
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag.uid).toBe(tagUid(tag.path));
  });
});
