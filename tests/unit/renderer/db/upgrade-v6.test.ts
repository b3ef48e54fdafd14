import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { keysOf } from '../../../../renderer/db/abstracts/keys';
import { queryFilteredIds } from '../../../../renderer/db/organize/filters';
import { importFiles } from '../../../../renderer/db/import/import';
import { sortRows } from '../../../../renderer/db/abstracts/sort';
import { querySources } from '../../../../renderer/db/abstracts/queries';
import { bulkSetStatus } from '../../../../renderer/db/organize/reading-status';
import { snapshot, withoutVersion11Fields } from './fixtures';
import { upgradeOlderRelease } from './older-release';
import { readSeedFiles } from './seed-files';

describe('upgrading a version-5 library to the separate keys table (version 6)', () => {
  it('keeps every row, copies each abstract’s keys, and sorts, filters and re-imports as before', async () => {
    const seeds = await readSeedFiles();
    let oldIds: number[] = [];
    const { before, upgraded } = await upgradeOlderRelease(5, seeds, async (version5) => {
      oldIds = await version5.abstracts.toCollection().primaryKeys();
      await version5.abstracts.update(oldIds[0] ?? -1, { status: 'read', starred: 1 });
    });
    const after = await snapshot(upgraded);
    for (const [table, rows] of Object.entries(before)) expect(withoutVersion11Fields(after[table])).toEqual(rows);
    const rows = await upgraded.abstracts.toArray();
    expect(rows).toHaveLength(26);
    expect(await upgraded.abstractKeys.toArray()).toEqual(rows.map(keysOf));

    for (const sort of ['added', 'title', 'year'] as const) {
      expect(await queryFilteredIds({}, sort, upgraded)).toEqual(sortRows([...rows], sort).map((row) => row.id));
    }
    const [source] = await querySources(upgraded);
    if (source === undefined) throw new Error('sources expected');
    const inSource = rows.filter((row) => row.captureHashes.includes(source.hash)).length;
    expect(source.count).toBe(inSource);
    expect(await queryFilteredIds({ captureHash: source.hash, status: 'read' }, 'added', upgraded)).toEqual(
      rows.filter((row) => row.captureHashes.includes(source.hash) && row.id === oldIds[0]).map((row) => row.id),
    );
    // Identity lookups now go through the keys table: importing the same captures again adds nothing.
    expect(await importFiles(seeds, upgraded)).toMatchObject({ added: 0, merged: 0 });
    // Status stays on the abstract rows and its index still works.
    await bulkSetStatus(oldIds.slice(0, 5), 'reading', upgraded);
    expect(await queryFilteredIds({ status: 'reading' }, 'added', upgraded)).toHaveLength(5);
    upgraded.close();
  });
});
