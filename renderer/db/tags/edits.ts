import { replayChange, runChange, type ChangeSet } from '../undo/change-set';
import { organizeTables } from '../undo/change-set';
import { db as appDb, type LecternDB } from '../schema/database';
import type { AbstractTagRow, TagRow } from '../organize/types';
import type { Reversible } from '../undo/reversible';
import { isWithin, lastSegment, normaliseTagPath, parentPath, rebasePath } from './tag-path';
import { assignmentsOfTags, ensureTagPath, subtreeOf, tagById, tagByPath } from './store';

/** A deleted subtree as it was: its tags (with their ids) and every assignment of them. */
export interface TagSnapshot {
  tags: TagRow[];
  assignments: AbstractTagRow[];
}

/**
 * Renames a tag; its descendants follow (`theory/sgd` becomes `ml-theory/sgd` when `theory` becomes
 * `ml-theory`), and every abstract keeps its tags, since assignments point at ids. Missing parents
 * of the new path are created. Renaming onto a tag that already exists is an error: merge instead.
 */
export async function renameTag(tagId: number, newPath: string, database: LecternDB = appDb): Promise<Reversible> {
  const target = normaliseTagPath(newPath);
  const { undo, redo } = await runChange(async () => {
    const tag = await tagById(tagId, database);
    if (target === tag.path) return { change: {} };
    if (isWithin(target, tag.path)) throw new Error(`"${tag.path}" cannot move under itself ("${target}").`);
    const subtree = await subtreeOf(tag, database);
    const renamed = subtree.map((row) => ({ ...row, path: rebasePath(row.path, tag.path, target) }));
    for (const row of renamed) {
      if ((await tagByPath(row.path, database)) !== undefined) {
        throw new Error(`A tag "${row.path}" already exists. Merge "${tag.path}" into it instead.`);
      }
    }
    const created: TagRow[] = [];
    const parent = parentPath(target);
    if (parent !== null) await ensureTagPath(parent, created, database);
    return { change: { tags: { before: subtree, after: [...created, ...renamed] } } };
  }, database);
  return { undo, redo };
}

/** Moves a tag (with its descendants) under another path, or to the top level with null. */
export async function moveTag(tagId: number, newParentPath: string | null, database: LecternDB = appDb): Promise<Reversible> {
  const tag = await tagById(tagId, database);
  const name = lastSegment(tag.path);
  const newPath = newParentPath === null ? name : `${normaliseTagPath(newParentPath)}/${name}`;
  return renameTag(tagId, newPath, database);
}

/**
 * Merges a tag into another: each abstract carrying the source (or a descendant) carries the target
 * (or its matching descendant, created if missing) instead, and the source subtree is removed.
 */
export async function mergeTag(sourceTagId: number, targetTagId: number, database: LecternDB = appDb): Promise<Reversible> {
  const { undo, redo } = await runChange(async (): Promise<{ change: ChangeSet }> => {
    const source = await tagById(sourceTagId, database);
    const target = await tagById(targetTagId, database);
    if (isWithin(target.path, source.path)) throw new Error(`"${source.path}" cannot be merged into itself or a tag under it.`);
    const subtree = await subtreeOf(source, database);
    const created: TagRow[] = [];
    const targetIdOf = new Map<number, number>();
    for (const row of subtree) {
      const path = rebasePath(row.path, source.path, target.path);
      if (isWithin(path, source.path)) throw new Error(`Merging "${source.path}" into "${target.path}" would map "${row.path}" onto itself.`);
      targetIdOf.set(row.id, (await ensureTagPath(path, created, database)).id);
    }
    const moved = await assignmentsOfTags(subtree.map((row) => row.id), database);
    const present = new Set((await assignmentsOfTags([...new Set(targetIdOf.values())], database)).map(assignmentKey));
    const added = new Map<string, AbstractTagRow>();
    for (const row of moved) {
      const next = { abstractId: row.abstractId, tagId: targetIdOf.get(row.tagId) ?? target.id };
      if (!present.has(assignmentKey(next))) added.set(assignmentKey(next), next);
    }
    return {
      change: {
        tags: { before: subtree, after: created },
        abstractTags: { before: moved, after: [...added.values()] },
      },
    };
  }, database);
  return { undo, redo };
}

function assignmentKey(row: AbstractTagRow): string {
  return `${row.abstractId}:${row.tagId}`;
}

/** Deletes a tag, its descendants and all their assignments; resolves with a snapshot for restoreTags. */
export async function deleteTag(tagId: number, database: LecternDB = appDb): Promise<Reversible & { snapshot: TagSnapshot }> {
  const { undo, redo, result } = await runChange(async () => {
    const subtree = await subtreeOf(await tagById(tagId, database), database);
    const assignments = await assignmentsOfTags(subtree.map((row) => row.id), database);
    return {
      change: { tags: { before: subtree, after: [] }, abstractTags: { before: assignments, after: [] } },
      result: { tags: subtree, assignments },
    };
  }, database);
  if (result === undefined) throw new Error('deleteTag always returns its snapshot.');
  return { undo, redo, snapshot: result };
}

/** Puts a deleted subtree back exactly: the same ids, paths, colours and assignments. */
export async function restoreTags(snapshot: TagSnapshot, database: LecternDB = appDb): Promise<void> {
  const change: ChangeSet = {
    tags: { before: snapshot.tags, after: [] },
    abstractTags: { before: snapshot.assignments, after: [] },
  };
  await database.transaction('rw', organizeTables(), () => replayChange(change, false, undefined, database));
}
