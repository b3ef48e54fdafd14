import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LecternDB } from '../../../../renderer/db/schema/database';
import { importFiles } from '../../../../renderer/db/import/import';
import { freshDatabase, snapshot } from './fixtures';
import { importAsOlderRelease } from './older-release';
import { readSeedFiles } from './seed-files';

describe('upgrading a version-3 library to links (version 4)', () => {
  it('keeps every row and builds the same-page links an import makes today', async () => {
    const name = freshDatabase().name;
    const version3 = new LecternDB(name, 3);
    await importAsOlderRelease(await readSeedFiles(), version3);
    const before = await snapshot(version3);
    expect(Object.keys(before)).not.toContain('links');
    version3.close();

    const upgraded = new LecternDB(name);
    await upgraded.open();
    const after = await snapshot(upgraded);
    for (const table of ['captures', 'meta', 'annotations', 'notes', 'tags', 'lists']) expect(after[table]).toEqual(before[table]);
    expect(await upgraded.abstracts.count()).toBe(26);

    const today = freshDatabase();
    await importFiles(await readSeedFiles(), today);
    const pairs = async (database: LecternDB) =>
      (await database.links.toArray()).map((link) => `${link.fromId}>${link.toId}:${link.type}:${link.origin}`).sort();
    const built = await pairs(upgraded);
    expect(built.length).toBeGreaterThan(0);
    // Both libraries were imported from the same files in the same order, so ids agree.
    expect(built).toEqual(await pairs(today));

    // A re-import after the upgrade finds the links there and adds none.
    await importFiles(await readSeedFiles(), upgraded);
    expect(await pairs(upgraded)).toEqual(built);
    upgraded.close();
    today.close();
  });
});
