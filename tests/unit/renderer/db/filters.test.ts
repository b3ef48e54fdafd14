import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { queryFilteredIds, queryFilterSet } from '../../../../renderer/db/organize/filters';
import { addToList, createList, moveListItem, orderedItems } from '../../../../renderer/db/lists/lists';
import { queryAbstractIds } from '../../../../renderer/db/abstracts/queries';
import { bulkSetStatus, setStatus, toggleStar } from '../../../../renderer/db/organize/reading-status';
import { addTag, bulkAddTag } from '../../../../renderer/db/tags/tags';
import { freshDatabase } from './fixtures';
import { seedAbstracts } from './organize-fixtures';

let database: LecternDB;
let first: number[];
let second: number[];
let pageB: string;

beforeEach(async () => {
  database = freshDatabase();
  first = await seedAbstracts(database, 4, 'a.txt');
  const before = new Set(await database.captures.toCollection().primaryKeys());
  second = await seedAbstracts(database, 4, 'b.txt');
  const hash = (await database.captures.toCollection().primaryKeys()).find((key) => !before.has(key));
  if (hash === undefined) throw new Error('second capture missing');
  pageB = hash;
});

const pick = (list: number[], index: number): number => {
  const id = list[index];
  if (id === undefined) throw new Error(`no abstract ${index}`);
  return id;
};

describe('queryFilteredIds', () => {
  it('with no condition lists the library like the old library view', async () => {
    for (const sort of ['added', 'title', 'year'] as const) {
      expect(await queryFilteredIds(database, {}, sort)).toEqual(await queryAbstractIds(database, { kind: 'library' }, sort));
      expect(await queryFilteredIds(database, { captureHash: pageB }, sort)).toEqual(
        await queryAbstractIds(database, { kind: 'source', captureHash: pageB }, sort),
      );
    }
    expect(new Set(await queryFilteredIds(database, { captureHash: pageB }, 'added'))).toEqual(new Set(second));
  });

  it('combines tag (with descendants) AND status AND source AND starred', async () => {
    await bulkAddTag([pick(first, 0), pick(second, 0)], 'theory/sgd', database);
    await bulkAddTag([pick(first, 1), pick(second, 1), pick(second, 2)], 'theory/landscape/deep', database);
    await addTag(pick(second, 3), 'practice', database);
    await bulkSetStatus([pick(second, 0), pick(second, 2), pick(first, 1)], 'read', database);
    await toggleStar(pick(second, 2), database);
    const theory = (await database.tags.where('path').equals('theory').first())?.id;
    expect(theory).toBeDefined();
    expect(new Set(await queryFilteredIds(database, { tagId: theory }, 'added'))).toEqual(
      new Set([pick(first, 0), pick(second, 0), pick(first, 1), pick(second, 1), pick(second, 2)]),
    );
    expect(new Set(await queryFilteredIds(database, { tagId: theory, status: 'read' }, 'title'))).toEqual(
      new Set([pick(second, 0), pick(second, 2), pick(first, 1)]),
    );
    expect(await queryFilteredIds(database, { tagId: theory, status: 'read', captureHash: pageB }, 'title')).toEqual([pick(second, 0), pick(second, 2)]);
    expect(await queryFilteredIds(database, { tagId: theory, status: 'read', captureHash: pageB, starred: true }, 'title')).toEqual([pick(second, 2)]);
    expect(await queryFilteredIds(database, { status: 'reading' }, 'title')).toEqual([]);
    expect(await queryFilteredIds(database, { tagId: 987_654 }, 'title')).toEqual([]);
  });

  it('a list view keeps the list order and still applies the other conditions', async () => {
    const { id } = await createList('Reading', database);
    await addToList(id, [pick(second, 3), pick(first, 2), pick(second, 1)], undefined, database);
    await setStatus(pick(first, 2), 'reading', database);
    expect(await queryFilteredIds(database, { listId: id }, 'title')).toEqual([pick(second, 3), pick(first, 2), pick(second, 1)]);
    const items = await orderedItems(database, id);
    const last = items[2];
    if (last === undefined) throw new Error('items expected');
    await moveListItem(last.id, 0, database);
    expect(await queryFilteredIds(database, { listId: id }, 'added')).toEqual([pick(second, 1), pick(second, 3), pick(first, 2)]);
    expect(await queryFilteredIds(database, { listId: id, captureHash: pageB }, 'added')).toEqual([pick(second, 1), pick(second, 3)]);
    expect(await queryFilteredIds(database, { listId: id, status: 'unread', captureHash: pageB }, 'added')).toEqual([pick(second, 1), pick(second, 3)]);
    expect(await queryFilteredIds(database, { listId: id, status: 'reading' }, 'added')).toEqual([pick(first, 2)]);
    // The unordered form search operators use: null allows everything, a list is one more condition.
    expect(await queryFilterSet(database, {})).toBeNull();
    expect(await queryFilterSet(database, { listId: id, captureHash: pageB })).toEqual(new Set([pick(second, 1), pick(second, 3)]));
  });

  it('large matches sort exactly like small ones (index order vs rows sorted in memory)', async () => {
    const many = await seedAbstracts(database, 450, 'c.txt');
    await bulkAddTag(many, 'big', database);
    const big = (await database.tags.where('path').equals('big').first())?.id;
    for (const sort of ['added', 'title', 'year'] as const) {
      const all = await queryFilteredIds(database, {}, sort);
      const tagged = new Set(many);
      expect(await queryFilteredIds(database, { tagId: big }, sort)).toEqual(all.filter((id) => tagged.has(id)));
      const few = new Set(many.slice(0, 30));
      await bulkSetStatus([...few], 'read', database);
      expect(await queryFilteredIds(database, { tagId: big, status: 'read' }, sort)).toEqual(all.filter((id) => few.has(id)));
      await bulkSetStatus([...few], 'unread', database);
    }
  });
});
