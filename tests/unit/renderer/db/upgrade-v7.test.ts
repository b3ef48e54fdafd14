import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getAbstract } from '../../../../renderer/db/abstracts/records';
import { updateAbstractText } from '../../../../renderer/db/abstracts/display-text';
import { queryFilteredIds } from '../../../../renderer/db/organize/filters';
import { importFiles } from '../../../../renderer/db/import/import';
import { bulkSetStatus } from '../../../../renderer/db/organize/reading-status';
import type { AbstractRow } from '../../../../renderer/db/schema/row-types';
import { snapshot, withoutVersion11Fields } from './fixtures';
import { upgradeOlderRelease } from './older-release';
import { readSeedFiles } from './seed-files';

describe('upgrading a version-6 library to the separate texts table (version 7)', () => {
  it('keeps every abstract whole, moves its text out of the row, and reads, edits and re-imports as before', async () => {
    const seeds = await readSeedFiles();
    let [firstId, secondId] = [-1, -1];
    let oldRows: AbstractRow[] = [];
    const { before, upgraded } = await upgradeOlderRelease(6, seeds, async (version6) => {
      [firstId = -1, secondId = -1] = await version6.abstracts.toCollection().primaryKeys();
      await version6.abstracts.update(firstId, { status: 'reading', starred: 1 });
      oldRows = (await version6.abstracts.toArray()) as AbstractRow[];
    });
    const after = await snapshot(upgraded);
    for (const [table, rows] of Object.entries(before)) expect(withoutVersion11Fields(after[table])).toEqual(rows);

    const rows = await upgraded.abstracts.toArray();
    expect(rows).toHaveLength(26);
    for (const row of rows) expect(Object.keys(row)).not.toEqual(expect.arrayContaining(['text']));
    expect(await upgraded.abstractTexts.toArray()).toEqual(oldRows.map(({ id, text, display }) => ({ id, text, display })));
    expect(await queryFilteredIds({ status: 'reading', starred: true }, 'added', upgraded)).toEqual([firstId]);

    // A bulk status change writes the small rows only; texts stay as they are.
    const texts = await upgraded.abstractTexts.toArray();
    await bulkSetStatus(rows.map((row) => row.id), 'read', upgraded);
    expect(await upgraded.abstractTexts.toArray()).toEqual(texts);
    expect(await queryFilteredIds({ status: 'read' }, 'added', upgraded)).toHaveLength(26);

    // The same captures imported again change nothing; editing a text writes the texts table.
    expect(await importFiles(seeds, upgraded)).toMatchObject({ added: 0, merged: 0 });
    await updateAbstractText(secondId, 'A corrected abstract text about optimisation.', undefined, upgraded);
    expect((await getAbstract(secondId, upgraded))?.display.text).toBe('A corrected abstract text about optimisation.');
    expect((await upgraded.abstractTexts.get(secondId))?.text).toBe('A corrected abstract text about optimisation.');
    upgraded.close();
  });
});
