import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHighlight, saveCommentEdit } from '../../../../renderer/db/annotations/annotations';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { importFiles } from '../../../../renderer/db/import/import';
import { queryNote, saveNote, saveNoteEdit } from '../../../../renderer/db/notes/notes';
import { createSynthesisNote, saveSynthesisNoteEdit } from '../../../../renderer/db/notes/synthesis-notes';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';
import { noteJson } from '../notes/note-json';
import { freshDatabase, handBuiltFile } from './fixtures';
import { KERNEL_ABSTRACT } from './samples';

async function oneAbstract(): Promise<{ database: LecternDB; abstractId: number }> {
  const database = freshDatabase();
  await importFiles([await handBuiltFile('page.txt', [{ text: KERNEL_ABSTRACT }])], database);
  const [abstract] = await allAbstracts(database);
  if (abstract === undefined) throw new Error('the fixture stored no abstract');
  return { database, abstractId: abstract.id };
}

/** An edit of paragraphs as an editor saves it. */
function edit(
  paragraphs: string[],
  base: { revision: number; json: string | null },
): { json: string; text: string; base: { revision: number; json: string | null } } {
  return { json: noteJson(...paragraphs.map((text) => [text])), text: paragraphs.join('\n\n'), base };
}

describe('compare-and-set saves of notes and comments', () => {
  it('writes an edit made from the stored revision and bumps the revision', async () => {
    const { database, abstractId } = await oneAbstract();
    const first = await saveNoteEdit(abstractId, edit(['One.'], { revision: 0, json: null }), database);
    expect(first).toMatchObject({ kind: 'saved', revision: 1 });
    const second = await saveNoteEdit(
      abstractId,
      edit(['One, revised.'], { revision: 1, json: noteJson(['One.']) }),
      database,
    );
    expect(second).toMatchObject({ kind: 'saved', revision: 2 });
    expect(await queryNote(abstractId, database)).toMatchObject({ text: 'One, revised.', revision: 2 });
  });

  it('merges a save from a stale revision that changed another paragraph, losing neither edit', async () => {
    const { database, abstractId } = await oneAbstract();
    const start = edit(['One.', 'Two.'], { revision: 0, json: null });
    await saveNoteEdit(abstractId, start, database);
    const seen = { revision: 1, json: start.json };
    await saveNoteEdit(abstractId, edit(['One, from window A.', 'Two.'], seen), database);

    const outcome = await saveNoteEdit(abstractId, edit(['One.', 'Two, from window B.'], seen), database);

    expect(outcome).toMatchObject({ kind: 'merged', revision: 3, theirVersions: [] });
    const stored = await queryNote(abstractId, database);
    expect(stored?.text).toBe('One, from window A.\n\nTwo, from window B.');
    expect(outcome.kind === 'merged' && outcome.json).toBe(stored?.json);
  });

  it('keeps both versions when a stale save changed the same paragraph, and says which are theirs', async () => {
    const { database, abstractId } = await oneAbstract();
    const start = edit(['Shared.'], { revision: 0, json: null });
    await saveNoteEdit(abstractId, start, database);
    const seen = { revision: 1, json: start.json };
    await saveNoteEdit(abstractId, edit(['Shared, by A.'], seen), database);

    const outcome = await saveNoteEdit(abstractId, edit(['Shared, by B.'], seen), database);

    expect(outcome.kind === 'merged' && outcome.theirVersions.length).toBe(1);
    expect((await queryNote(abstractId, database))?.text).toBe('Shared, by A.\n\nShared, by B.');
  });

  it('treats a note saved before revisions existed as revision 0, and a blind save bumps the revision too', async () => {
    const { database, abstractId } = await oneAbstract();
    const id = await saveNote(abstractId, noteJson(['Old.']), 'Old.', database);
    await database.notes.update(id, { revision: undefined });
    const outcome = await saveNoteEdit(
      abstractId,
      edit(['Old, edited.'], { revision: 0, json: noteJson(['Old.']) }),
      database,
    );
    expect(outcome).toMatchObject({ kind: 'saved', revision: 1 });
    await saveNote(abstractId, noteJson(['Blind.']), 'Blind.', database);
    expect((await queryNote(abstractId, database))?.revision).toBe(2);
  });

  it('applies the same compare-and-set to highlight comments and synthesis notes', async () => {
    const { database, abstractId } = await oneAbstract();
    const annotationId = await createHighlight(abstractId, 0, 10, 'yellow', database);
    const note = await createSynthesisNote('Synthesis', database);
    const start = edit(['A.', 'B.'], { revision: 0, json: null });
    for (const save of [
      (change: ReturnType<typeof edit>) => saveCommentEdit(annotationId, change, database),
      (change: ReturnType<typeof edit>) => saveSynthesisNoteEdit(note.id, change, database),
    ]) {
      await save(start);
      const seen = { revision: 1, json: start.json };
      await save(edit(['A, first window.', 'B.'], seen));
      expect(await save(edit(['A.', 'B, second window.'], seen))).toMatchObject({
        kind: 'merged',
        revision: 3,
      });
    }
    expect((await database.annotations.get(annotationId))?.comment.text).toBe(
      'A, first window.\n\nB, second window.',
    );
    expect((await database.notes.get(note.id))?.text).toBe('A, first window.\n\nB, second window.');
  });
});
