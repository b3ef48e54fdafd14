import { appendRichText } from '../../../shared/rich-text/append';
import type { LecternDB } from '../schema/database';
import type { NoteRow } from '../annotations/types';
import { syncMentionLinks } from '../links/links';
import { extractMentions } from '../links/mention-extract';
import { retargetMentions } from '../links/mention-retarget';
import { revisionOf } from '../notes/rich-text-save';
import type { MergeScope } from './merge-scope';

/** The loser's highlights and comments now belong to the survivor (their anchoring is checked afterwards). */
export async function moveAnnotations(database: LecternDB, survivorId: number, loserId: number): Promise<void> {
  const rows = await database.annotations.where('abstractId').equals(loserId).toArray();
  if (rows.length > 0) await database.annotations.bulkPut(rows.map((row) => ({ ...row, abstractId: survivorId })));
}

/**
 * The loser's note goes to the survivor. When both have one, the loser's content is appended to
 * the survivor's note, so nothing written is lost, and the loser's note and its mention links go.
 */
export async function moveNote(database: LecternDB, survivorId: number, loserId: number, now: number): Promise<void> {
  const notesOf = async (id: number): Promise<NoteRow[]> => (await database.notes.where('abstractId').equals(id).toArray()).sort((a, b) => a.id - b.id);
  const loserNotes = await notesOf(loserId);
  if (loserNotes.length === 0) return;
  const [survivorNote] = await notesOf(survivorId);
  const [first, ...rest] = loserNotes;
  let target: NoteRow | undefined = survivorNote;
  const joined = target === undefined ? rest : loserNotes;
  if (target === undefined && first !== undefined) target = { ...first, abstractId: survivorId };
  if (target === undefined) return;
  for (const note of joined) {
    target = { ...target, ...appendRichText(target, note), revision: revisionOf(target) + 1, updatedAt: now };
    await database.links.where('noteId').equals(note.id).delete();
  }
  if (joined.length > 0) await database.notes.bulkDelete(joined.map((note) => note.id));
  await database.notes.put(target);
}

/**
 * The loser's notes become the survivor's as they are, texts not joined: how a device takes a merge made on
 * another, which sends its joined note itself (joining here too would put the loser's text in twice).
 */
export async function repointNotes(database: LecternDB, survivorId: number, loserId: number, now: number): Promise<void> {
  const notes = await database.notes.where('abstractId').equals(loserId).toArray();
  if (notes.length > 0) await database.notes.bulkPut(notes.map((note) => ({ ...note, abstractId: survivorId, updatedAt: now })));
}

/**
 * Every mention of the loser in the scope's notes and comments now names the survivor, and their
 * mention links are made again from their text: from the survivor, to the survivor, and none from
 * the survivor to itself.
 */
export async function retargetScopeMentions(database: LecternDB, scope: MergeScope, now: number): Promise<void> {
  const [survivorId, loserId] = scope.abstractIds;
  for (const noteId of scope.noteIds) {
    const note = await database.notes.get(noteId);
    if (note === undefined) continue;
    const json = retargetMentions(note.json, loserId, survivorId);
    if (json !== note.json) await database.notes.put({ ...note, json, revision: revisionOf(note) + 1, updatedAt: now });
    await syncMentionLinks({ noteId }, extractMentions(json), note.abstractId, database);
  }
  for (const annotationId of scope.annotationIds) {
    const annotation = await database.annotations.get(annotationId);
    if (annotation === undefined) continue;
    const json = retargetMentions(annotation.comment.json, loserId, survivorId);
    if (json !== annotation.comment.json) {
      const comment = { ...annotation.comment, json, revision: revisionOf(annotation.comment) + 1 };
      await database.annotations.put({ ...annotation, comment, updatedAt: now });
    }
    await syncMentionLinks({ annotationId }, extractMentions(json), annotation.abstractId, database);
  }
}
