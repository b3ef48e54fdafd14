import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addTag } from '../../../../renderer/db/tags/tags';
import { setStatus } from '../../../../renderer/db/organize/reading-status';
import { SyncReplica } from '../../../../renderer/db/sync/sync-replica';
import { snapshot } from './fixtures';
import { upgradeOlderRelease } from './older-release';
import { readSeedFiles } from './seed-files';

describe('upgrading a version-14 library to the sync update store (version 15)', () => {
  it('keeps every row of every table and opens an empty update store a replica can use', async () => {
    const { before, upgraded } = await upgradeOlderRelease(14, await readSeedFiles(), async (older) => {
      const [first] = await older.abstracts.orderBy(':id').primaryKeys();
      if (first === undefined) throw new Error('the seeds hold no abstract');
      await addTag(first, 'theory/sgd', older);
    });
    expect(upgraded.verno).toBeGreaterThanOrEqual(15);
    const after = await snapshot(upgraded);
    for (const [table, rows] of Object.entries(before)) expect(after[table], table).toEqual(rows);
    expect(await upgraded.syncUpdates.count()).toBe(0);

    const replica = await SyncReplica.open(upgraded, '0123456789abcdef0123456789abcdef');
    const [first] = await upgraded.abstracts.orderBy(':id').primaryKeys();
    await setStatus(first ?? -1, 'read', upgraded);
    await replica.whenIdle();
    expect(await upgraded.syncUpdates.count()).toBeGreaterThan(0);
    replica.close();
  });
});
