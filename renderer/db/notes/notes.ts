// The notes domain owns an abstract's note and the standalone synthesis notes, saved with compare-and-set revisions.

import type { NoteRow } from '../annotations/types';
import { db as appDb, type LecternDB } from '../schema/database';
import { abstractNoteUid } from '../../../shared/sync/uids';
import { syncMentionLinks } from '../links/links';
import { extractMentions } from '../links/mention-extract';
import { resolveEdit, revisionOf, type RichTextEdit, type SaveOutcome } from './rich-text-save';

/** The note of an abstract, or null when it has none yet. */
export async function queryNote(abstractId: number, database: LecternDB = appDb): Promise<NoteRow | null> {
  const rows = await database.notes.where('abstractId').equals(abstractId).toArray();
  rows.sort((a, b) => a.id - b.id);
  return rows[0] ?? null;
}

/**
 * Saves the one note of an abstract (Lexical's serialized state and its plain text), creating it
 * on the first save, and makes its mention links match the mentions in it. Resolves to the note's id.
 */
export async function saveNote(abstractId: number, json: string | null, text: string, database: LecternDB = appDb): Promise<number> {
  return database.transaction('rw', [database.abstracts, database.notes, database.links], async () => {
    const existing = await queryNote(abstractId, database);
    const now = Date.now();
    if (existing !== null) {
      if (existing.json !== json || existing.text !== text) {
        await database.notes.put({ ...existing, json, text, revision: revisionOf(existing) + 1, updatedAt: now });
        await syncMentionLinks({ noteId: existing.id }, extractMentions(json), abstractId, database);
      }
      return existing.id;
    }
    const abstract = await database.abstracts.get(abstractId);
    if (abstract === undefined) throw new Error(`Abstract ${abstractId} is not in the library.`);
    const row: Omit<NoteRow, 'id'> = { uid: abstractNoteUid(abstract.uid), abstractId, title: null, json, text, revision: 1, createdAt: now, updatedAt: now };
    const id = await database.notes.add(row);
    await syncMentionLinks({ noteId: id }, extractMentions(json), abstractId, database);
    return id;
  });
}

/**
 * Saves an editor's edit of an abstract's note as a compare-and-set: written as is when the stored
 * note is still the revision the editor started from, merged with the stored note otherwise.
 */
export async function saveNoteEdit(abstractId: number, edit: RichTextEdit, database: LecternDB = appDb): Promise<SaveOutcome> {
  return database.transaction('rw', [database.abstracts, database.notes, database.links], async () => {
    const existing = await queryNote(abstractId, database);
    if (existing === null) {
      const id = await saveNote(abstractId, edit.json, edit.text, database);
      if (edit.stamp) await database.notes.update(id, { savedBy: edit.stamp });
      return { kind: 'saved', revision: 1, json: edit.json };
    }
    const { write, outcome } = resolveEdit({ json: existing.json, text: existing.text, revision: revisionOf(existing) }, edit);
    if (write !== null) {
      await database.notes.put({ ...existing, ...write, updatedAt: Date.now() });
      await syncMentionLinks({ noteId: existing.id }, extractMentions(write.json), abstractId, database);
    }
    return outcome;
  });
}
