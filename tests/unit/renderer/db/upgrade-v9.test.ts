import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { queryFilteredIds } from '../../../../renderer/db/organize/filters';
import { bulkAddToList, createList, deleteList, orderedItems } from '../../../../renderer/db/lists/lists';
import { queryAbstractTags } from '../../../../renderer/db/organize/queries';
import { readExtras } from '../../../../renderer/db/search/documents';
import { addTag, bulkAddTag } from '../../../../renderer/db/tags/tags';
import { snapshot, withoutVersion11Fields } from './fixtures';
import { upgradeOlderRelease } from './older-release';
import { readSeedFiles } from './seed-files';

const indexNames = (schema: { indexes: { name: string }[] }): string[] => schema.indexes.map((index) => index.name).sort();

describe('upgrading a version-8 library to join tables without repeated indexes (version 9)', () => {
  it('keeps tags and lists, and finds an abstract’s tags and a list’s items by key ranges', async () => {
    let ids: number[] = [];
    let listId = -1;
    const { before, upgraded } = await upgradeOlderRelease(9 - 1, await readSeedFiles(), async (version8) => {
      ids = (await version8.abstracts.toCollection().primaryKeys()).slice(0, 4);
      await bulkAddTag(ids.slice(0, 3), 'theory/sgd', version8);
      await addTag(ids[0] ?? -1, 'methods', version8);
      listId = (await createList('To read', version8)).id;
      await bulkAddToList([ids[3] ?? -1, ids[1] ?? -1], listId, version8);
      expect(indexNames(version8.listItems.schema)).toEqual(['[listId+order]', 'abstractId', 'listId']);
    });
    const after = await snapshot(upgraded);
    for (const [table, rows] of Object.entries(before)) expect(withoutVersion11Fields(after[table])).toEqual(rows);
    expect(indexNames(upgraded.abstractTags.schema)).toEqual(['tagId']);
    // Version 14 adds the uid index.
    expect(indexNames(upgraded.listItems.schema)).toEqual(['[listId+order]', 'uid']);

    const [first = -1, second = -1, , fourth = -1] = ids;
    expect((await queryAbstractTags(first, upgraded)).map((tag) => tag.path)).toEqual(['methods', 'theory/sgd']);
    expect((await queryAbstractTags(fourth, upgraded)).map((tag) => tag.path)).toEqual([]);
    expect((await readExtras([second, fourth], upgraded))(second).tagPaths).toEqual(['theory/sgd']);
    expect((await orderedItems(listId, upgraded)).map((item) => item.abstractId)).toEqual([fourth, second]);
    expect(new Set(await queryFilteredIds({ listId }, 'added', upgraded))).toEqual(new Set([fourth, second]));

    // Deleting the list removes its items, and undo brings them back in order.
    const deleted = await deleteList(listId, upgraded);
    expect(await upgraded.listItems.count()).toBe(0);
    await deleted.undo();
    expect((await orderedItems(listId, upgraded)).map((item) => item.abstractId)).toEqual([fourth, second]);
    upgraded.close();
  });
});
