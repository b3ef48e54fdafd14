import type { NoteRow } from '../annotations/types';
import { db as appDb, type LecternDB } from '../schema/database';
import { randomUid } from '../../../shared/sync/uids';
import type { LinkRow } from '../links/rows';
import { syncMentionLinks } from '../links/links';
import { extractMentions } from '../links/mention-extract';
import type { Reversible } from '../undo/reversible';
import { resolveEdit, revisionOf, type RichTextEdit, type SaveOutcome } from './rich-text-save';

/** A synthesis note: a standalone note, tied to no abstract. */
export type SynthesisNote = NoteRow & { abstractId: null };

export const UNTITLED_NOTE = 'Untitled note';

function isSynthesis(row: NoteRow | undefined): row is SynthesisNote {
  return row !== undefined && row.abstractId === null;
}

/** The shown title: what the user named it, or "Untitled note". */
export function synthesisNoteTitle(note: Pick<NoteRow, 'title'>): string {
  const title = note.title?.trim();
  return title ? title : UNTITLED_NOTE;
}

/** Every synthesis note, by title (then oldest first), so the list does not jump while one is edited. */
export async function querySynthesisNotes(database: LecternDB = appDb): Promise<SynthesisNote[]> {
  const rows = (await database.notes.filter((row) => row.abstractId === null).toArray()).filter(isSynthesis);
  return rows.sort((a, b) => synthesisNoteTitle(a).localeCompare(synthesisNoteTitle(b), 'en') || a.id - b.id);
}

export async function querySynthesisNote(id: number, database: LecternDB = appDb): Promise<SynthesisNote | null> {
  const row = await database.notes.get(id);
  return isSynthesis(row) ? row : null;
}

function noteTables(database: LecternDB): [LecternDB['notes'], LecternDB['links'], LecternDB['abstracts']] {
  return [database.notes, database.links, database.abstracts];
}

/** Puts a note row and exactly `links` back (undo of a delete, redo of a create). */
async function putBack(database: LecternDB, row: SynthesisNote, links: readonly LinkRow[]): Promise<void> {
  await database.transaction('rw', noteTables(database), async () => {
    await database.notes.put(row);
    await database.links.where('noteId').equals(row.id).delete();
    if (links.length > 0) await database.links.bulkPut([...links]);
  });
}

/** Removes a note and its mention links; resolves to what was removed. */
async function removeNote(database: LecternDB, id: number): Promise<{ row: SynthesisNote; links: LinkRow[] } | null> {
  return database.transaction('rw', noteTables(database), async () => {
    const row = await database.notes.get(id);
    if (!isSynthesis(row)) return null;
    const links = await database.links.where('noteId').equals(id).toArray();
    await database.links.bulkDelete(links.map((link) => link.id));
    await database.notes.delete(id);
    return { row, links };
  });
}

/** Creates an empty synthesis note; resolves to its id and the undo/redo pair. */
export async function createSynthesisNote(
  title: string = UNTITLED_NOTE,
  database: LecternDB = appDb,
): Promise<Reversible & { id: number }> {
  const now = Date.now();
  const draft: Omit<SynthesisNote, 'id'> = { uid: randomUid(), abstractId: null, title: title.trim() || UNTITLED_NOTE, json: null, text: '', createdAt: now, updatedAt: now };
  const id = await database.transaction('rw', database.notes, () => database.notes.add(draft));
  // Redo brings back the note as undo found it, with whatever was written in it meanwhile.
  let removed: { row: SynthesisNote; links: LinkRow[] } = { row: { ...draft, id }, links: [] };
  return {
    id,
    undo: async () => {
      removed = (await removeNote(database, id)) ?? removed;
    },
    redo: () => putBack(database, removed.row, removed.links),
  };
}

/** Renames a synthesis note (a blank name becomes "Untitled note"). */
export async function renameSynthesisNote(id: number, title: string, database: LecternDB = appDb): Promise<Reversible> {
  const next = title.trim() || UNTITLED_NOTE;
  const before = await database.transaction('rw', database.notes, async () => {
    const row = await database.notes.get(id);
    if (!isSynthesis(row)) throw new Error(`Note ${id} does not exist.`);
    if (row.title !== next) await database.notes.update(id, { title: next, updatedAt: Date.now() });
    return row.title;
  });
  const setTitle = (value: string | null) => () =>
    database.transaction('rw', database.notes, async () => {
      await database.notes.update(id, { title: value });
    });
  return { undo: setTitle(before), redo: setTitle(next) };
}

/** Deletes a synthesis note and its mention links; undo puts both back exactly, ids included. */
export async function deleteSynthesisNote(id: number, database: LecternDB = appDb): Promise<Reversible> {
  const removed = await removeNote(database, id);
  if (removed === null) throw new Error(`Note ${id} does not exist.`);
  return {
    undo: () => putBack(database, removed.row, removed.links),
    redo: async () => {
      await removeNote(database, id);
    },
  };
}

/**
 * Saves a synthesis note's content and makes its mention links (origin "note", from no abstract)
 * match the mentions in it, in one transaction. A note deleted meanwhile stays deleted.
 */
export async function saveSynthesisNote(id: number, json: string | null, text: string, database: LecternDB = appDb): Promise<void> {
  await database.transaction('rw', noteTables(database), async () => {
    const row = await database.notes.get(id);
    if (!isSynthesis(row) || (row.json === json && row.text === text)) return;
    await database.notes.put({ ...row, json, text, revision: revisionOf(row) + 1, updatedAt: Date.now() });
    await syncMentionLinks({ noteId: id }, extractMentions(json), null, database);
  });
}

/** Saves an editor's edit of a synthesis note as a compare-and-set (see saveNoteEdit). A note deleted meanwhile stays deleted. */
export async function saveSynthesisNoteEdit(id: number, edit: RichTextEdit, database: LecternDB = appDb): Promise<SaveOutcome> {
  return database.transaction('rw', noteTables(database), async () => {
    const row = await database.notes.get(id);
    if (!isSynthesis(row)) return { kind: 'gone' };
    const { write, outcome } = resolveEdit({ json: row.json, text: row.text, revision: revisionOf(row) }, edit);
    if (write !== null) {
      await database.notes.put({ ...row, ...write, updatedAt: Date.now() });
      await syncMentionLinks({ noteId: id }, extractMentions(write.json), null, database);
    }
    return outcome;
  });
}
