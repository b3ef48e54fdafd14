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
      expect(await queryFilteredIds({}, sort, database)).toEqual(await queryAbstractIds({ kind: 'library' }, sort, database));
      expect(await queryFilteredIds({ captureHash: pageB }, sort, database)).toEqual(
        await queryAbstractIds({ kind: 'source', captureHash: pageB }, sort, database),
      );
    }
    expect(new Set(await queryFilteredIds({ captureHash: pageB }, 'added', database))).toEqual(new Set(second));
  });

  it('combines tag (with descendants) AND status AND source AND starred', async () => {
    await bulkAddTag([pick(first, 0), pick(second, 0)], 'theory/sgd', database);
    await bulkAddTag([pick(first, 1), pick(second, 1), pick(second, 2)], 'theory/landscape/deep', database);
    await addTag(pick(second, 3), 'practice', database);
    await bulkSetStatus([pick(second, 0), pick(second, 2), pick(first, 1)], 'read', database);
    await toggleStar(pick(second, 2), database);
    const theory = (await database.tags.where('path').equals('theory').first())?.id;
    expect(theory).toBeDefined();
    expect(new Set(await queryFilteredIds({ tagId: theory }, 'added', database))).toEqual(
      new Set([pick(first, 0), pick(second, 0), pick(first, 1), pick(second, 1), pick(second, 2)]),
    );
    expect(new Set(await queryFilteredIds({ tagId: theory, status: 'read' }, 'title', database))).toEqual(
      new Set([pick(second, 0), pick(second, 2), pick(first, 1)]),
    );
    expect(await queryFilteredIds({ tagId: theory, status: 'read', captureHash: pageB }, 'title', database)).toEqual([pick(second, 0), pick(second, 2)]);
    expect(await queryFilteredIds({ tagId: theory, status: 'read', captureHash: pageB, starred: true }, 'title', database)).toEqual([pick(second, 2)]);
    expect(await queryFilteredIds({ status: 'reading' }, 'title', database)).toEqual([]);
    expect(await queryFilteredIds({ tagId: 987_654 }, 'title', database)).toEqual([]);
  });

  it('a list view keeps the list order and still applies the other conditions', async () => {
    const { id } = await createList('Reading', database);
    await addToList(id, [pick(second, 3), pick(first, 2), pick(second, 1)], undefined, database);
    await setStatus(pick(first, 2), 'reading', database);
    expect(await queryFilteredIds({ listId: id }, 'title', database)).toEqual([pick(second, 3), pick(first, 2), pick(second, 1)]);
    const items = await orderedItems(id, database);
    const last = items[2];
    if (last === undefined) throw new Error('items expected');
    await moveListItem(last.id, 0, database);
    expect(await queryFilteredIds({ listId: id }, 'added', database)).toEqual([pick(second, 1), pick(second, 3), pick(first, 2)]);
    expect(await queryFilteredIds({ listId: id, captureHash: pageB }, 'added', database)).toEqual([pick(second, 1), pick(second, 3)]);
    expect(await queryFilteredIds({ listId: id, status: 'unread', captureHash: pageB }, 'added', database)).toEqual([pick(second, 1), pick(second, 3)]);
    expect(await queryFilteredIds({ listId: id, status: 'reading' }, 'added', database)).toEqual([pick(first, 2)]);
    // The unordered form search operators use: null allows everything, a list is one more condition.
    expect(await queryFilterSet({}, database)).toBeNull();
    expect(await queryFilterSet({ listId: id, captureHash: pageB }, database)).toEqual(new Set([pick(second, 1), pick(second, 3)]));
  });

  it('large matches sort exactly like small ones (index order vs rows sorted in memory)', async () => {
    const many = await seedAbstracts(database, 450, 'c.txt');
    await bulkAddTag(many, 'big', database);
    const big = (await database.tags.where('path').equals('big').first())?.id;
    for (const sort of ['added', 'title', 'year'] as const) {
      const all = await queryFilteredIds({}, sort, database);
      const tagged = new Set(many);
      expect(await queryFilteredIds({ tagId: big }, sort, database)).toEqual(all.filter((id) => tagged.has(id)));
      const few = new Set(many.slice(0, 30));
      await bulkSetStatus([...few], 'read', database);
      expect(await queryFilteredIds({ tagId: big, status: 'read' }, sort, database)).toEqual(all.filter((id) => few.has(id)));
      await bulkSetStatus([...few], 'unread', database);
    }
  });
});
