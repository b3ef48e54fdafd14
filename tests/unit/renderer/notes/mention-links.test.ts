import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHighlight, deleteAnnotation, restoreAnnotation, setAnnotationComment } from '../../../../renderer/db/annotations/annotations';
import { addLink } from '../../../../renderer/db/links/links';
import { saveNote } from '../../../../renderer/db/notes/notes';
import { freshDatabase } from '../db/fixtures';
import { idAt, seedAbstracts } from '../db/organize-fixtures';
import { noteJson } from './note-json';

async function setUp() {
  const database = freshDatabase();
  const ids = await seedAbstracts(database, 3);
  return { database, a: idAt(ids, 0), b: idAt(ids, 1), c: idAt(ids, 2) };
}

describe('mentions in an abstract\'s note and in comments make links', () => {
  it('links from the note\'s abstract, and a removed mention takes only its own link away', async () => {
    const { database, a, b, c } = await setUp();
    const user = await addLink({ fromId: a, toId: b, type: 'supports' }, database);
    const noteId = await saveNote(a, noteJson(['Unlike ', { mention: b, title: 'B' }, ', see ', { mention: c, title: 'C' }, '.']), 'x', database);
    const mentions = () => database.links.where('noteId').equals(noteId).toArray();
    expect((await mentions()).map((link) => [link.fromId, link.toId, link.origin])).toEqual([
      [a, b, 'note'],
      [a, c, 'note'],
    ]);

    await saveNote(a, noteJson(['See ', { mention: c, title: 'C' }, '.']), 'y', database);
    expect((await mentions()).map((link) => link.toId)).toEqual([c]);
    // The user's own link between the same two abstracts is untouched.
    expect(await database.links.get(user.link.id)).toEqual(user.link);
  });

  it('syncs a comment\'s mentions; deleting the highlight removes them and undo restores them', async () => {
    const { database, a, b } = await setUp();
    const annotationId = await createHighlight(a, 0, 10, 'yellow', database);
    await setAnnotationComment(annotationId, noteJson(['This contradicts ', { mention: b, title: 'B' }, '.']), 'x', database);
    const links = () => database.links.where('annotationId').equals(annotationId).toArray();
    expect((await links()).map((link) => [link.fromId, link.toId, link.context])).toEqual([[a, b, 'This contradicts B.']]);

    const removed = await deleteAnnotation(annotationId, database);
    expect(await links()).toEqual([]);
    await restoreAnnotation(removed, database);
    expect((await links()).map((link) => [link.fromId, link.toId, link.context])).toEqual([[a, b, 'This contradicts B.']]);

    await setAnnotationComment(annotationId, noteJson(['Never mind.']), 'Never mind.', database);
    expect(await links()).toEqual([]);
  });
});
