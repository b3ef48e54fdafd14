import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { exportListMarkdown } from '../../../../renderer/db/lists/export';
import { addToList, bulkAddToList, createList, deleteList, moveListItem, orderedItems, removeFromList, renameList, setListItemNote } from '../../../../renderer/db/lists/lists';
import { queryLists } from '../../../../renderer/db/organize/queries';
import { setStatus } from '../../../../renderer/db/organize/reading-status';
import { LecternDB as Database } from '../../../../renderer/db/schema/database';
import { freshDatabase, snapshot } from './fixtures';
import { idAt, seedAbstracts } from './organize-fixtures';

let database: LecternDB;
let ids: number[];

beforeEach(async () => {
  database = freshDatabase();
  ids = await seedAbstracts(database, 5);
});

const at = (index: number): number => idAt(ids, index);
const order = async (listId: number): Promise<number[]> => (await orderedItems(listId, database)).map((item) => item.abstractId);

describe('reading lists', () => {
  it('creates a list, adds abstracts in order, skips duplicates, and inserts at an index', async () => {
    const { id } = await createList('  Thesis   background ', database);
    expect((await database.lists.get(id))?.name).toBe('Thesis background');
    const first = await addToList(id, [at(0), at(1), at(0)], undefined, database);
    expect(first.added).toBe(2);
    expect((await addToList(id, [at(1)], undefined, database)).added).toBe(0);
    await addToList(id, [at(2), at(3)], 1, database);
    expect(await order(id)).toEqual([at(0), at(2), at(3), at(1)]);
    await expect(createList('   ', database)).rejects.toThrow(/needs a name/);
  });

  it('reorders by moving one key, and the order survives reopening the database', async () => {
    const { id } = await createList('Order', database);
    await addToList(id, [at(0), at(1), at(2)], undefined, database);
    const before = await orderedItems(id, database);
    const last = before[2];
    if (last === undefined) throw new Error('three items expected');
    await moveListItem(last.id, 0, database);
    expect(await order(id)).toEqual([at(2), at(0), at(1)]);
    const after = await orderedItems(id, database);
    expect(after.filter((item) => before.some((old) => old.id === item.id && old.order !== item.order))).toHaveLength(1);
    const first = after[0];
    if (first === undefined) throw new Error('items expected');
    await moveListItem(first.id, 1, database);
    expect(await order(id)).toEqual([at(0), at(2), at(1)]);
    database.close();
    const reopened = new Database(database.name);
    expect((await orderedItems(id, reopened)).map((item) => item.abstractId)).toEqual([at(0), at(2), at(1)]);
    reopened.close();
    await database.open();
  });

  it('undoes and redoes adds, moves, notes, removal, renames and deletion exactly', async () => {
    const { id } = await createList('Undo', database);
    const start = await snapshot(database);
    const add = await bulkAddToList([at(0), at(1), at(2)], id, database);
    const added = await snapshot(database);
    const items = await orderedItems(id, database);
    const [one, , three] = items;
    if (one === undefined || three === undefined) throw new Error('items expected');
    const note = await setListItemNote(one.id, ' shows the bound we need ', database);
    expect((await database.listItems.get(one.id))?.note).toBe('shows the bound we need');
    const move = await moveListItem(three.id, 0, database);
    const removal = await removeFromList(one.id, database);
    const rename = await renameList(id, 'Renamed', database);
    const removed = await deleteList(id, database);
    expect(await database.listItems.count()).toBe(0);
    for (const step of [removed, rename, removal, move, note]) await step.undo();
    expect(await snapshot(database)).toEqual(added);
    await add.undo();
    expect(await snapshot(database)).toEqual(start);
    await add.redo();
    expect(await snapshot(database)).toEqual(added);
  });

  it('reports read progress per list', async () => {
    const { id } = await createList('Progress', database);
    await addToList(id, [at(0), at(1), at(2)], undefined, database);
    await setStatus(at(1), 'read', database);
    await setStatus(at(3), 'read', database);
    expect(await queryLists(database)).toMatchObject([{ id, name: 'Progress', total: 3, read: 1 }]);
  });

  it('exports Markdown: heading, numbered items in order, read checkbox, byline and note', async () => {
    const { id } = await createList('Week 1 *core*', database);
    await addToList(id, [at(2), at(0)], undefined, database);
    await setStatus(at(0), 'read', database);
    const items = await orderedItems(id, database);
    const second = items[1];
    if (second === undefined) throw new Error('items expected');
    await setListItemNote(second.id, 'Start here', database);
    expect(await exportListMarkdown(id, database)).toBe(
      [
        '# Week 1 \\*core\\*',
        '',
        '1. [ ] Study 3 of kernel regression — Author 3, B. Second, 2002',
        '2. [x] Study 1 of gradient descent — Author 1, B. Second, 2000',
        '   > Start here',
        '',
      ].join('\n'),
    );
  });
});
