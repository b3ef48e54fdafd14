import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createSynthesisNote,
  deleteSynthesisNote,
  querySynthesisNotes,
  renameSynthesisNote,
  saveSynthesisNote,
  UNTITLED_NOTE,
} from '../../../../renderer/db/notes/synthesis-notes';
import { freshDatabase } from '../db/fixtures';
import { idAt, seedAbstracts } from '../db/organize-fixtures';
import { noteJson } from './note-json';
import { randomUid } from '../../../../shared/sync/uids';

async function setUp() {
  const database = freshDatabase();
  const ids = await seedAbstracts(database, 3);
  return { database, a: idAt(ids, 0), b: idAt(ids, 1), c: idAt(ids, 2) };
}

const titles = async (database: ReturnType<typeof freshDatabase>) => (await querySynthesisNotes(database)).map((note) => note.title);

describe('synthesis notes', () => {
  it('creates, lists by title, renames and undoes each step', async () => {
    const { database, a } = await setUp();
    await database.notes.add({ uid: randomUid(), abstractId: a, title: null, json: null, text: 'an abstract note', createdAt: 1, updatedAt: 1 });
    const first = await createSynthesisNote('Scaling laws', database);
    const second = await createSynthesisNote(undefined, database);
    expect(await titles(database)).toEqual(['Scaling laws', UNTITLED_NOTE]);

    const rename = await renameSynthesisNote(second.id, '  Attention  ', database);
    expect(await titles(database)).toEqual(['Attention', 'Scaling laws']);
    await rename.undo();
    expect(await titles(database)).toEqual(['Scaling laws', UNTITLED_NOTE]);
    await rename.redo();
    expect(await titles(database)).toEqual(['Attention', 'Scaling laws']);

    await first.undo();
    expect(await titles(database)).toEqual(['Attention']);
    await first.redo();
    expect(await titles(database)).toEqual(['Attention', 'Scaling laws']);
    // The abstract's own note is never listed.
    expect(await database.notes.count()).toBe(3);
  });

  it('keeps one mention link per mention in sync with each save, from no abstract', async () => {
    const { database, a, b } = await setUp();
    const { id } = await createSynthesisNote('Review', database);
    await saveSynthesisNote(id, noteJson(['Both ', { mention: a, title: 'A' }, ' and ', { mention: b, title: 'B' }, ' bound it.']), 'x', database);
    const links = await database.links.where('noteId').equals(id).toArray();
    expect(links.map((link) => [link.fromId, link.toId, link.origin, link.context])).toEqual([
      [null, a, 'note', 'Both A and B bound it.'],
      [null, b, 'note', 'Both A and B bound it.'],
    ]);

    // Deleting the mention of A removes that link and no other.
    await saveSynthesisNote(id, noteJson(['Only ', { mention: b, title: 'B' }, ' bounds it.']), 'y', database);
    const after = await database.links.where('noteId').equals(id).toArray();
    expect(after.map((link) => [link.id, link.toId, link.context])).toEqual([[links[1]?.id, b, 'Only B bounds it.']]);
  });

  it('deletes a note with its mention links, and undo brings both back exactly', async () => {
    const { database, a, c } = await setUp();
    const { id } = await createSynthesisNote('Doomed', database);
    const other = await createSynthesisNote('Other', database);
    await saveSynthesisNote(id, noteJson([{ mention: a, title: 'A' }, ' matters.']), 'A matters.', database);
    await saveSynthesisNote(other.id, noteJson([{ mention: c, title: 'C' }, ' too.']), 'C too.', database);
    const mentionLinks = async () => (await database.links.toArray()).filter((link) => link.origin === 'note');
    const before = await mentionLinks();

    const removal = await deleteSynthesisNote(id, database);
    expect(await titles(database)).toEqual(['Other']);
    expect((await mentionLinks()).map((link) => link.noteId)).toEqual([other.id]);

    await removal.undo();
    expect(await titles(database)).toEqual(['Doomed', 'Other']);
    expect(await mentionLinks()).toEqual(before);
    expect((await database.notes.get(id))?.text).toBe('A matters.');

    await removal.redo();
    expect(await titles(database)).toEqual(['Other']);
  });

  it('leaves a note deleted when a late autosave arrives for it', async () => {
    const { database, a } = await setUp();
    const { id } = await createSynthesisNote('Gone', database);
    await deleteSynthesisNote(id, database);
    await saveSynthesisNote(id, noteJson([{ mention: a, title: 'A' }]), 'A', database);
    expect(await database.notes.get(id)).toBeUndefined();
    expect(await database.links.where('noteId').equals(id).count()).toBe(0);
  });
});
