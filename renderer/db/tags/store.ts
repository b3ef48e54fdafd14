import Dexie, { type Collection } from 'dexie';
import { db as appDb, type LecternDB } from '../schema/database';
import type { AbstractTagRow, TagRow } from '../organize/types';
import { idsPresent } from '../abstracts/rows-by-id';
import { pathWithAncestors } from './tag-path';
import { newTagRows } from './tag-uids';

export async function tagById(id: number, database: LecternDB = appDb): Promise<TagRow> {
  const tag = await database.tags.get(id);
  if (tag === undefined) throw new Error(`Tag ${id} does not exist.`);
  return tag;
}

export async function tagByPath(path: string, database: LecternDB = appDb): Promise<TagRow | undefined> {
  return database.tags.where('path').equals(path).first();
}

/** The tag and all its descendants (by path), the tag first. */
export async function subtreeOf(tag: TagRow, database: LecternDB = appDb): Promise<TagRow[]> {
  const descendants = await database.tags.where('path').startsWith(`${tag.path}/`).toArray();
  return [tag, ...descendants];
}

/**
 * The tag at `path`, adding it and any missing ancestor (without colour). Added rows are written
 * at once, because their ids are needed, and pushed onto `created` for the change set.
 */
export async function ensureTagPath(path: string, created: TagRow[], database: LecternDB = appDb): Promise<TagRow> {
  let tag: TagRow | undefined;
  for (const prefix of pathWithAncestors(path)) {
    tag = await tagByPath(prefix, database);
    if (tag === undefined) {
      const [row] = await newTagRows([prefix], database);
      if (row === undefined) throw new Error('newTagRows makes one row per path.');
      tag = { ...row, id: await database.tags.add(row) };
      created.push(tag);
    }
  }
  if (tag === undefined) throw new Error('A tag path has at least one segment.');
  return tag;
}

/** The tag assignments of these abstracts: one range of the [abstractId+tagId] key each. */
export function assignmentsOfAbstracts(abstractIds: readonly number[], database: LecternDB = appDb): Collection<AbstractTagRow, [number, number]> {
  const ranges = abstractIds.map((id) => [[id, Dexie.minKey], [id, Dexie.maxKey]] as const);
  return database.abstractTags.where('[abstractId+tagId]').inAnyRange(ranges, { includeUppers: true });
}

/** Every assignment of the given tags; reads index keys only. */
export async function assignmentsOfTags(tagIds: readonly number[], database: LecternDB = appDb): Promise<AbstractTagRow[]> {
  const keyLists = await Promise.all(tagIds.map((tagId) => database.abstractTags.where('tagId').equals(tagId).primaryKeys()));
  return keyLists.flat().map(([abstractId, tagId]) => ({ abstractId, tagId }));
}

/**
 * The ids among `ids` that are abstracts in the library, in the order given. They are looked up
 * in ranges of `abstractKeys`, the smallest rows every abstract has.
 */
export async function existingAbstractIds(ids: readonly number[], database: LecternDB = appDb): Promise<number[]> {
  const present = new Set(await idsPresent(database.abstractKeys, ids));
  return ids.filter((id) => present.has(id));
}

/**
 * The tags at `paths`, adding every missing one and its missing ancestors in one bulk write (an
 * import brings thousands of keywords): outermost first, so parents exist before their children.
 */
export async function ensureTagPaths(paths: readonly string[], database: LecternDB = appDb): Promise<Map<string, TagRow>> {
  const wanted = [...new Set(paths.flatMap(pathWithAncestors))];
  const found = new Map((await database.tags.where('path').anyOf(wanted).toArray()).map((tag) => [tag.path, tag]));
  const missing = wanted.filter((path) => !found.has(path)).sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
  if (missing.length > 0) {
    const rows = await newTagRows(missing, database);
    const ids = await database.tags.bulkAdd(rows, { allKeys: true });
    rows.forEach((row, index) => {
      const id = ids[index];
      if (id === undefined) throw new Error('IndexedDB did not return the id of a new tag.');
      found.set(row.path, { ...row, id });
    });
  }
  return found;
}
