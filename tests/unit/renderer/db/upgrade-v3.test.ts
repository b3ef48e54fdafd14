import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHighlight } from '../../../../renderer/db/annotations/annotations';
import { LecternDB } from '../../../../renderer/db/schema/database';
import { queryFilteredIds } from '../../../../renderer/db/organize/filters';
import { addToList, createList } from '../../../../renderer/db/lists/lists';
import { queryStatusCounts, queryTagTree } from '../../../../renderer/db/organize/queries';
import { setStatus } from '../../../../renderer/db/organize/reading-status';
import { addTag } from '../../../../renderer/db/tags/tags';
import { freshDatabase, snapshot, withoutVersion11Fields } from './fixtures';
import { seedAbstracts } from './organize-fixtures';

describe('upgrading a version-2 library to tags, lists and reading status (version 3)', () => {
  it('keeps every row, marks old abstracts unread and unstarred, and adds empty organize tables', async () => {
    const name = freshDatabase().name;
    const version2 = new LecternDB(name, 2);
    const ids = await seedAbstracts(version2, 3);
    const firstId = ids[0];
    if (firstId === undefined) throw new Error('abstracts expected');
    await createHighlight(firstId, 0, 12, 'yellow', version2);
    const before = await snapshot(version2);
    expect(Object.keys(before).sort()).toEqual(['abstracts', 'annotations', 'captures', 'meta', 'notes']);
    // A version-2 import wrote rows without the new fields (the code now adds them, so strip them).
    await version2.abstracts.toCollection().modify((row: Partial<Record<'status' | 'starred', unknown>>) => {
      delete row.status;
      delete row.starred;
    });
    const oldAbstracts = await version2.abstracts.toArray();
    version2.close();

    const upgraded = new LecternDB(name);
    await upgraded.open();
    expect(upgraded.verno).toBeGreaterThanOrEqual(3);
    const after = await snapshot(upgraded);
    // Unread and unstarred (since version 8 an unstarred row leaves `starred` out).
    expect(withoutVersion11Fields(after.abstracts)).toEqual(oldAbstracts.map((row) => ({ ...row, status: 'unread' })));
    for (const table of ['captures', 'meta', 'annotations', 'notes']) expect(after[table]).toEqual(before[table]);
    for (const table of ['tags', 'abstractTags', 'lists', 'listItems']) expect(after[table]).toEqual([]);
    expect(await queryStatusCounts(upgraded)).toEqual({ unread: 3, reading: 0, read: 0, starred: 0 });

    // The new indexes work on the old rows.
    await setStatus(firstId, 'read', upgraded);
    await addTag(firstId, 'kept/old', upgraded);
    const { id: listId } = await createList('Old papers', upgraded);
    await addToList(listId, ids, undefined, upgraded);
    const kept = (await upgraded.tags.where('path').equals('kept').first())?.id;
    expect(await queryFilteredIds({ tagId: kept, status: 'read', listId }, 'added', upgraded)).toEqual([firstId]);
    expect((await queryTagTree(upgraded)).map((node) => [node.name, node.count])).toEqual([['kept', 1]]);
    upgraded.close();
  });
});
