// The organize domain owns reading status and stars, the library filters and their counts.

import { db as appDb, type LecternDB } from '../schema/database';
import { orderedItems } from '../lists/lists';
import type { LibraryFilter } from './types';
import { sortRows } from '../abstracts/sort';
import { assignmentsOfTags, subtreeOf } from '../tags/store';
import type { SortKey } from '../schema/row-types';
import { idsByIndex } from './ids-by-index';

/** Below this many matches, reading and sorting the rows beats reading a whole sort index. */
const SMALL_RESULT = 400;

/** The ids carrying the tag or any descendant; index keys only. */
async function idsWithTag(database: LecternDB, tagId: number): Promise<Set<number>> {
  const tag = await database.tags.get(tagId);
  if (tag === undefined) return new Set();
  const assignments = await assignmentsOfTags((await subtreeOf(tag, database)).map((row) => row.id), database);
  return new Set(assignments.map((row) => row.abstractId));
}

/**
 * Unstarred rows have no entry in the star index (since version 8): every id but the starred ones.
 * Every id is listed from the small createdAt index entries, not by walking the stored rows.
 */
async function idsWithoutStar(database: LecternDB): Promise<Set<number>> {
  const [all, starred] = await Promise.all([
    database.abstractKeys.orderBy('createdAt').primaryKeys(),
    database.abstracts.where('starred').equals(1).primaryKeys(),
  ]);
  const starredIds = new Set(starred);
  return new Set(all.filter((id) => !starredIds.has(id)));
}

/** One id set per condition of the filter, each read from an index. */
function conditionSets(database: LecternDB, filter: LibraryFilter): Promise<Set<number>>[] {
  const { abstracts } = database;
  const sets: Promise<Set<number>>[] = [];
  const keys = (promise: Promise<number[]>): Promise<Set<number>> => promise.then((ids) => new Set(ids));
  if (filter.tagId !== undefined) sets.push(idsWithTag(database, filter.tagId));
  if (filter.status !== undefined) sets.push(keys(abstracts.where('status').equals(filter.status).primaryKeys()));
  if (filter.starred !== undefined) sets.push(filter.starred ? keys(abstracts.where('starred').equals(1).primaryKeys()) : idsWithoutStar(database));
  if (filter.captureHash !== undefined) sets.push(keys(database.abstractKeys.where('captureHashes').equals(filter.captureHash).primaryKeys()));
  return sets;
}

function intersect(sets: Set<number>[]): Set<number> {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (smallest === undefined) return new Set();
  const result = new Set<number>();
  for (const id of smallest) if (rest.every((set) => set.has(id))) result.add(id);
  return result;
}

/**
 * Every abstract in the sort's order. Newest-first orders read the index ascending and reverse in
 * memory: an ascending key read is one getAllKeys call, a descending one walks a cursor. Reversing
 * keeps IndexedDB's tie order (primary key), just descending.
 */
export async function libraryOrder(sort: SortKey, database: LecternDB = appDb): Promise<number[]> {
  switch (sort) {
    case 'added':
      return (await idsByIndex(database, 'createdAt')).reverse();
    case 'title':
      return idsByIndex(database, 'sortTitle');
    case 'year': {
      // A null year is not an IndexedDB key, so those rows are missing from the year index. Every
      // row is in the createdAt index, whose small entries are cheaper to list than the store's keys.
      const [dated, all] = await Promise.all([idsByIndex(database, 'year'), idsByIndex(database, 'createdAt')]);
      const datedIds = new Set(dated);
      return dated.reverse().concat(all.filter((id) => !datedIds.has(id)).sort((a, b) => b - a));
    }
  }
}

async function inSortOrder(database: LecternDB, ids: Set<number>, sort: SortKey): Promise<number[]> {
  if (ids.size === 0) return [];
  if (ids.size <= SMALL_RESULT) {
    const rows = await database.abstracts.bulkGet([...ids]);
    return sortRows(rows.filter((row) => row !== undefined), sort).map((row) => row.id);
  }
  return (await libraryOrder(sort, database)).filter((id) => ids.has(id));
}

/**
 * The ids meeting every condition of the filter, unordered (the list included as a plain
 * condition), or null when the filter has none and so allows the whole library. Search operators
 * such as `tag:` and `is:` intersect their results with this.
 */
export async function queryFilterSet(filter: LibraryFilter, database: LecternDB = appDb): Promise<Set<number> | null> {
  const sets = conditionSets(database, filter);
  if (filter.listId !== undefined) {
    sets.push(orderedItems(filter.listId, database).then((items) => new Set(items.map((item) => item.abstractId))));
  }
  return sets.length === 0 ? null : intersect(await Promise.all(sets));
}

/**
 * The ids of the abstracts that meet every condition of the filter, in list order: a reading
 * list's own order when the filter names a list, else the sort. Each condition is read as a set
 * of primary keys from an index and the sets are intersected, so no row body is scanned.
 */
export async function queryFilteredIds(filter: LibraryFilter, sort: SortKey, database: LecternDB = appDb): Promise<number[]> {
  // Live queries only see the reads made before their first await of a non-Dexie value, so a
  // filter with no conditions must go straight to the index read instead of awaiting a null set.
  if (filter.listId !== undefined) {
    const { listId, ...others } = filter;
    if (!hasConditions(others)) return (await orderedItems(listId, database)).map((item) => item.abstractId);
    const [items, matching] = await Promise.all([orderedItems(listId, database), queryFilterSet(others, database)]);
    return items.map((item) => item.abstractId).filter((id) => matching === null || matching.has(id));
  }
  if (!hasConditions(filter)) return libraryOrder(sort, database);
  const matching = await queryFilterSet(filter, database);
  return matching === null ? libraryOrder(sort, database) : inSortOrder(database, matching, sort);
}

function hasConditions(filter: LibraryFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined);
}
