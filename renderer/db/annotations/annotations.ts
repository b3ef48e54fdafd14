// The annotations domain owns highlights and their comments: writing them, re-anchoring them when text changes, and exporting them.

import { describeRange } from '../../../shared/anchoring/describe';
import type { AnnotationRow, HighlightColor } from './types';
import { getAbstract } from '../abstracts/records';
import { abstractTables } from '../abstracts/store';
import { db as appDb, type LecternDB } from '../schema/database';
import { randomUid } from '../../../shared/sync/uids';
import { syncMentionLinks } from '../links/links';
import { extractMentions } from '../links/mention-extract';
import { reanchorRow } from './reanchor';
import { resolveEdit, revisionOf, type RichTextEdit, type SaveOutcome } from '../notes/rich-text-save';

async function storedTextOf(database: LecternDB, abstractId: number): Promise<string> {
  const abstract = await getAbstract(abstractId, database);
  if (abstract === undefined) throw new Error(`Abstract ${abstractId} is not in the library.`);
  return abstract.text;
}

/** Highlights stored[start, end) of an abstract; resolves to the new annotation's id. */
export async function createHighlight(
  abstractId: number,
  storedStart: number,
  storedEnd: number,
  color: HighlightColor,
  database: LecternDB = appDb,
): Promise<number> {
  return database.transaction('rw', [...abstractTables(database), database.annotations], async () => {
    const selectors = describeRange(await storedTextOf(database, abstractId), storedStart, storedEnd);
    const now = Date.now();
    const row: Omit<AnnotationRow, 'id'> = {
      uid: randomUid(),
      abstractId,
      selectors,
      color,
      comment: { json: null, text: '' },
      state: 'anchored',
      confidence: 1,
      createdAt: now,
      updatedAt: now,
    };
    return database.annotations.add(row);
  });
}

/**
 * Changes an annotation in one transaction. An annotation deleted meanwhile (an autosave landing
 * after a delete) is left deleted: there is nothing to save it into.
 */
async function change(database: LecternDB, id: number, edit: (row: AnnotationRow) => Partial<AnnotationRow> | null): Promise<void> {
  await database.transaction('rw', database.annotations, async () => {
    const row = await database.annotations.get(id);
    if (row === undefined) return;
    const patch = edit(row);
    if (patch !== null) await database.annotations.put({ ...row, ...patch, updatedAt: Date.now() });
  });
}

export function setAnnotationColor(id: number, color: HighlightColor, database: LecternDB = appDb): Promise<void> {
  return change(database, id, (row) => (row.color === color ? null : { color }));
}

/**
 * Saves a comment (Lexical's serialized state, and its plain text for search) and makes its
 * mention links match the mentions in it, in one transaction.
 */
export async function setAnnotationComment(id: number, json: string | null, text: string, database: LecternDB = appDb): Promise<void> {
  await database.transaction('rw', [database.annotations, database.links, database.abstracts], async () => {
    const row = await database.annotations.get(id);
    if (row === undefined || (row.comment.json === json && row.comment.text === text)) return;
    await database.annotations.put({ ...row, comment: { json, text, revision: revisionOf(row.comment) + 1 }, updatedAt: Date.now() });
    await syncMentionLinks({ annotationId: id }, extractMentions(json), row.abstractId, database);
  });
}

/** Saves an editor's edit of a comment as a compare-and-set (see saveNoteEdit). A deleted annotation stays deleted. */
export async function saveCommentEdit(id: number, edit: RichTextEdit, database: LecternDB = appDb): Promise<SaveOutcome> {
  return database.transaction('rw', [database.annotations, database.links, database.abstracts], async () => {
    const row = await database.annotations.get(id);
    if (row === undefined) return { kind: 'gone' };
    const { write, outcome } = resolveEdit({ ...row.comment, revision: revisionOf(row.comment) }, edit);
    if (write !== null) {
      await database.annotations.put({ ...row, comment: write, updatedAt: Date.now() });
      await syncMentionLinks({ annotationId: id }, extractMentions(write.json), row.abstractId, database);
    }
    return outcome;
  });
}

/** Deletes an annotation and its comment's mention links; resolves to the row as it was, so the caller can undo. */
export async function deleteAnnotation(id: number, database: LecternDB = appDb): Promise<AnnotationRow> {
  return database.transaction('rw', database.annotations, database.links, async () => {
    const row = await database.annotations.get(id);
    if (row === undefined) throw new Error(`Annotation ${id} does not exist.`);
    await database.annotations.delete(id);
    await database.links.where('annotationId').equals(id).delete();
    return row;
  });
}

/**
 * Puts a deleted annotation back with its id, re-anchored if its abstract's text changed meanwhile,
 * and its comment's mention links with it.
 */
export async function restoreAnnotation(row: AnnotationRow, database: LecternDB = appDb): Promise<void> {
  await database.transaction('rw', [...abstractTables(database), database.annotations, database.links], async () => {
    const text = await storedTextOf(database, row.abstractId);
    await database.annotations.put(reanchorRow(row, text, Date.now()));
    await syncMentionLinks({ annotationId: row.id }, extractMentions(row.comment.json), row.abstractId, database);
  });
}

/** Places an annotation (typically an orphan) on new words: stored[start, end) of its abstract. */
export async function reattachAnnotation(id: number, storedStart: number, storedEnd: number, database: LecternDB = appDb): Promise<void> {
  await database.transaction('rw', [...abstractTables(database), database.annotations], async () => {
    const row = await database.annotations.get(id);
    if (row === undefined) throw new Error(`Annotation ${id} does not exist.`);
    const selectors = describeRange(await storedTextOf(database, row.abstractId), storedStart, storedEnd);
    await database.annotations.put({ ...row, selectors, state: 'anchored', confidence: 1, updatedAt: Date.now() });
  });
}

/** An abstract's annotations in text order (by start, then end), the orphans last in creation order. */
export async function queryAnnotations(abstractId: number, database: LecternDB = appDb): Promise<AnnotationRow[]> {
  const rows = await database.annotations.where('abstractId').equals(abstractId).toArray();
  return rows.sort(inTextOrder);
}

export function inTextOrder(a: AnnotationRow, b: AnnotationRow): number {
  const orphanA = a.state === 'orphaned' ? 1 : 0;
  const orphanB = b.state === 'orphaned' ? 1 : 0;
  if (orphanA !== orphanB) return orphanA - orphanB;
  if (orphanA === 1) return a.createdAt - b.createdAt || a.id - b.id;
  const { position: pa } = a.selectors;
  const { position: pb } = b.selectors;
  return pa.start - pb.start || pa.end - pb.end || a.id - b.id;
}
