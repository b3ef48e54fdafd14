// The tags domain owns nested tags (by path) and their assignments: adding, renaming, moving, merging and deleting them.

import { runChange } from '../undo/change-set';
import { db as appDb, type LecternDB } from '../schema/database';
import type { AbstractTagRow, TagRow } from '../organize/types';
import type { Reversible } from '../undo/reversible';
import { normaliseTagPath } from './tag-path';
import { assignmentsOfTags, ensureTagPath, existingAbstractIds, tagById } from './store';

/**
 * Puts the tag at `path` on an abstract, creating the tag and its missing parents. Tagging an
 * abstract that already carries the tag changes nothing (and its undo does nothing).
 */
export async function addTag(abstractId: number, path: string, database: LecternDB = appDb): Promise<Reversible & { tag: TagRow }> {
  const reversible = await bulkAddTag([abstractId], path, database);
  if (reversible.tag === undefined) throw new Error(`Abstract ${abstractId} is not in the library.`);
  return { ...reversible, tag: reversible.tag };
}

export function removeTag(abstractId: number, tagId: number, database: LecternDB = appDb): Promise<Reversible> {
  return bulkRemoveTag([abstractId], tagId, database);
}

/** Tags many abstracts at once (one transaction); resolves with the tag, or no tag when no id was an abstract. */
export async function bulkAddTag(
  abstractIds: readonly number[],
  path: string,
  database: LecternDB = appDb,
): Promise<Reversible & { tag: TagRow | undefined }> {
  const clean = normaliseTagPath(path);
  const { undo, redo, result } = await runChange(async () => {
    const ids = await existingAbstractIds([...new Set(abstractIds)], database);
    if (ids.length === 0) return { change: {} };
    const created: TagRow[] = [];
    const tag = await ensureTagPath(clean, created, database);
    const already = new Set((await assignmentsOfTags([tag.id], database)).map((row) => row.abstractId));
    const added: AbstractTagRow[] = ids.filter((id) => !already.has(id)).map((abstractId) => ({ abstractId, tagId: tag.id }));
    return { change: { tags: { before: [], after: created }, abstractTags: { before: [], after: added } }, result: tag };
  }, database);
  return { undo, redo, tag: result };
}

/** Takes a tag off many abstracts at once (one transaction); the tag itself stays. */
export async function bulkRemoveTag(abstractIds: readonly number[], tagId: number, database: LecternDB = appDb): Promise<Reversible> {
  const { undo, redo } = await runChange(async () => {
    const wanted = new Set(abstractIds);
    const removed = (await assignmentsOfTags([tagId], database)).filter((row) => wanted.has(row.abstractId));
    return { change: { abstractTags: { before: removed, after: [] } } };
  }, database);
  return { undo, redo };
}

/** Sets or clears (null) a tag's colour, e.g. `#d9480f`. */
export async function setTagColor(tagId: number, color: string | null, database: LecternDB = appDb): Promise<Reversible> {
  const clean = color === null || color.trim() === '' ? null : color.trim();
  const { undo, redo } = await runChange(async () => {
    const tag = await tagById(tagId, database);
    return { change: { tags: { before: [tag], after: [{ ...tag, color: clean }] } } };
  }, database);
  return { undo, redo };
}
