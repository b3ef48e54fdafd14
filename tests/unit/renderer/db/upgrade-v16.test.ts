import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { joinBlocks } from '../../../../renderer/db/links/ends-blocks';
import { readAbstractIds } from '../../../../renderer/db/links/ends';
import { addLink } from '../../../../renderer/db/links/links';
import { snapshot } from './fixtures';
import { upgradeOlderRelease } from './older-release';
import { readSeedFiles } from './seed-files';

describe('upgrading a version-15 library to the graph’s copies (version 16)', () => {
  it('keeps every row of every table, and copies every link’s id, ends and type and every abstract’s id', async () => {
    const { before, upgraded } = await upgradeOlderRelease(15, await readSeedFiles(), async (older) => {
      const [first, second] = await older.abstracts.orderBy(':id').primaryKeys();
      if (first === undefined || second === undefined) throw new Error('the seeds hold too few abstracts');
      await addLink({ fromId: second, toId: first, type: 'contradicts' }, older);
    });
    expect(upgraded.verno).toBeGreaterThanOrEqual(16);
    const after = await snapshot(upgraded);
    for (const [table, rows] of Object.entries(before)) expect(after[table], table).toEqual(rows);

    const links = await upgraded.links.toArray();
    expect(links.some((link) => link.type === 'contradicts')).toBe(true);
    const ends = joinBlocks(await upgraded.linkEnds.toArray());
    expect(Array.from(ends.ids)).toEqual(links.map((link) => link.id));
    expect(Array.from(ends.toIds)).toEqual(links.map((link) => link.toId));
    expect(Array.from(ends.typeOf, (code) => ends.typeNames[code])).toEqual(links.map((link) => link.type));
    const abstractIds = await upgraded.abstracts.toCollection().primaryKeys();
    expect(abstractIds.length).toBeGreaterThan(0);
    expect(await readAbstractIds(upgraded)).toEqual(abstractIds);
  });
});
