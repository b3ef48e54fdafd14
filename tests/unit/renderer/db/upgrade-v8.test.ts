import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { queryFilteredIds } from '../../../../renderer/db/organize/filters';
import { queryStatusCounts } from '../../../../renderer/db/organize/queries';
import { bulkSetStatus, toggleStar } from '../../../../renderer/db/organize/reading-status';
import { snapshot, withoutVersion11Fields } from './fixtures';
import { upgradeOlderRelease } from './older-release';
import { readSeedFiles } from './seed-files';

describe('upgrading a version-7 library to a star index of starred abstracts only (version 8)', () => {
  it('drops the stored 0 of unstarred rows, keeps stars and statuses, and stars and filters as before', async () => {
    let [starredId, readingId] = [-1, -1];
    const { before, upgraded } = await upgradeOlderRelease(8 - 1, await readSeedFiles(), async (version7) => {
      [starredId = -1, readingId = -1] = await version7.abstracts.toCollection().primaryKeys();
      await version7.abstracts.update(starredId, { starred: 1 });
      await version7.abstracts.update(readingId, { status: 'reading' });
      expect(await version7.abstracts.where('starred').equals(0).count()).toBe(25);
    });
    const after = await snapshot(upgraded);
    for (const [table, rows] of Object.entries(before)) expect(withoutVersion11Fields(after[table])).toEqual(rows);

    const rows = await upgraded.abstracts.toArray();
    expect(rows.filter((row) => 'starred' in row).map((row) => [row.id, row.starred])).toEqual([[starredId, 1]]);
    expect(await queryStatusCounts(upgraded)).toEqual({ unread: 25, reading: 1, read: 0, starred: 1 });
    expect(await queryFilteredIds({ starred: true }, 'added', upgraded)).toEqual([starredId]);
    expect(await queryFilteredIds({ starred: false, status: 'reading' }, 'added', upgraded)).toEqual([readingId]);

    // Starring, unstarring and bulk status work on the upgraded rows.
    await toggleStar(readingId, upgraded);
    await toggleStar(starredId, upgraded);
    const change = await bulkSetStatus(rows.map((row) => row.id), 'read', upgraded);
    expect(await queryStatusCounts(upgraded)).toEqual({ unread: 0, reading: 0, read: 26, starred: 1 });
    await change.undo();
    expect(await queryStatusCounts(upgraded)).toEqual({ unread: 25, reading: 1, read: 0, starred: 1 });
    expect(await queryFilteredIds({ starred: true }, 'added', upgraded)).toEqual([readingId]);
    upgraded.close();
  });
});
