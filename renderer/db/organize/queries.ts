import { db as appDb, type LecternDB } from '../schema/database';
import type { ListItemRow, ListSummary, StatusCounts, TagNode, TagRow } from './types';
import { assignmentsOfAbstracts } from '../tags/store';
import { TagTreeCounter } from '../tags/tree';
import { orderedItems } from '../lists/lists';
import { getSettings } from '../settings/settings';

/** Assignments read per request: reading a large library's all at once held the page for a third of a second. */
const ASSIGNMENTS_PER_READ = 5_000;

/** The tag tree with its counts. The assignments come a slice per request, each read and counted in a task of its own. */
export function queryTagTree(database: LecternDB = appDb): Promise<TagNode[]> {
  return database.transaction('r', [database.tags, database.abstractTags], async () => {
    const counter = new TagTreeCounter(await database.tags.toArray());
    let after: [number, number] | null = null;
    for (;;) {
      const from = after === null ? database.abstractTags.toCollection() : database.abstractTags.where(':id').above(after);
      const slice: [number, number][] = await from.limit(ASSIGNMENTS_PER_READ).primaryKeys();
      counter.add(slice);
      after = slice.at(-1) ?? null;
      if (slice.length < ASSIGNMENTS_PER_READ) return counter.tree();
    }
  });
}

/** Every tag, by path (autocomplete). */
export function queryAllTags(database: LecternDB = appDb): Promise<TagRow[]> {
  return database.tags.orderBy('path').toArray();
}

/** An abstract's tags, by path. */
export async function queryAbstractTags(abstractId: number, database: LecternDB = appDb): Promise<TagRow[]> {
  const keys = await assignmentsOfAbstracts([abstractId], database).primaryKeys();
  const tags = await database.tags.bulkGet(keys.map(([, tagId]) => tagId));
  return tags.filter((tag) => tag !== undefined).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The reading lists, oldest first, each with how many of its abstracts are read. */
export async function queryLists(database: LecternDB = appDb): Promise<ListSummary[]> {
  const [lists, items, read] = await Promise.all([
    database.lists.orderBy('createdAt').toArray(),
    database.listItems.toArray(),
    database.abstracts.where('status').equals('read').primaryKeys(),
  ]);
  const readIds = new Set(read);
  const progress = new Map<number, { total: number; read: number }>();
  for (const item of items) {
    const entry = progress.get(item.listId) ?? { total: 0, read: 0 };
    entry.total += 1;
    if (readIds.has(item.abstractId)) entry.read += 1;
    progress.set(item.listId, entry);
  }
  return lists.map((list) => ({ ...list, total: progress.get(list.id)?.total ?? 0, read: progress.get(list.id)?.read ?? 0 }));
}

export function queryListItems(listId: number, database: LecternDB = appDb): Promise<ListItemRow[]> {
  return orderedItems(listId, database);
}

export async function queryStatusCounts(database: LecternDB = appDb): Promise<StatusCounts> {
  const { abstracts } = database;
  const [unread, reading, read, starred] = await Promise.all([
    abstracts.where('status').equals('unread').count(),
    abstracts.where('status').equals('reading').count(),
    abstracts.where('status').equals('read').count(),
    abstracts.where('starred').equals(1).count(),
  ]);
  return { unread, reading, read, starred };
}

export { getSettings as querySettings };
