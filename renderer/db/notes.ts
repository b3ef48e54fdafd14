import type { NoteRow } from './annotation-types';
import { db as appDb, type LecternDB } from './database';
import { syncMentionLinks } from './links';
import { extractMentions } from './mention-extract';

/** The note of an abstract, or null when it has none yet. */
export async function queryNote(database: LecternDB, abstractId: number): Promise<NoteRow | null> {
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
    const existing = await queryNote(database, abstractId);
    const now = Date.now();
    if (existing !== null) {
      if (existing.json !== json || existing.text !== text) {
        await database.notes.put({ ...existing, json, text, updatedAt: now });
        await syncMentionLinks({ noteId: existing.id }, extractMentions(json), abstractId, database);
      }
      return existing.id;
    }
    if ((await database.abstracts.get(abstractId)) === undefined) throw new Error(`Abstract ${abstractId} is not in the library.`);
    const row: Omit<NoteRow, 'id'> = { abstractId, title: null, json, text, createdAt: now, updatedAt: now };
    const id = await database.notes.add(row);
    await syncMentionLinks({ noteId: id }, extractMentions(json), abstractId, database);
    return id;
  });
}
