import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';
import { createHighlight, setAnnotationComment } from '../../../../renderer/db/annotations/annotations';
import { importFiles } from '../../../../renderer/db/import/import';
import { queryNote, saveNote } from '../../../../renderer/db/notes/notes';
import { createSynthesisNote, saveSynthesisNote } from '../../../../renderer/db/notes/synthesis-notes';
import { noteJson } from '../notes/note-json';
import { freshDatabase, handBuiltFile } from './fixtures';
import { KERNEL_ABSTRACT } from './samples';
import { randomUid } from '../../../../shared/sync/uids';

const WITH_BAD_LINKS = noteJson([
  'See ',
  { link: 'javascript:alert(1)', text: 'this' },
  ', ',
  { link: 'data:text/html,<b>x</b>', text: 'that' },
  ', ',
  { link: 'file:///etc/passwd', text: 'those' },
  ' and ',
  { link: 'https://example.org/p', text: 'the paper' },
]);

const CLEAN = noteJson(['See this, that, those and ', { link: 'https://example.org/p', text: 'the paper' }]);

/** The values of `field` in a saved state, in document order. */
function valuesIn(json: string | null | undefined, field: 'url' | 'text'): string[] {
  const values: string[] = [];
  JSON.parse(json ?? 'null', (key, value: unknown) => {
    if (key === field && typeof value === 'string') values.push(value);
    return value;
  });
  return values;
}

const urlsIn = (json: string | null | undefined): string[] => valuesIn(json, 'url');

describe('saving notes and comments', () => {
  it('stores no link the link policy refuses, whatever wrote the row, and keeps the words', async () => {
    const database = freshDatabase();
    await importFiles([await handBuiltFile('page.txt', [{ text: KERNEL_ABSTRACT }])], database);
    const [abstract] = await allAbstracts(database);
    if (abstract === undefined) throw new Error('the fixture stored no abstract');

    await saveNote(abstract.id, WITH_BAD_LINKS, 'See this, that, those and the paper', database);
    const note = (await queryNote(abstract.id, database))?.json;
    expect(urlsIn(note)).toEqual(['https://example.org/p']);
    expect(valuesIn(note, 'text').join('')).toBe('See this, that, those and the paper');

    const highlight = await createHighlight(abstract.id, 0, 10, 'yellow', database);
    await setAnnotationComment(highlight, WITH_BAD_LINKS, 'See this, that, those and the paper', database);
    expect(urlsIn((await database.annotations.get(highlight))?.comment.json)).toEqual(['https://example.org/p']);

    const synthesis = await createSynthesisNote('Sources', database);
    await saveSynthesisNote(synthesis.id, WITH_BAD_LINKS, 'See this, that, those and the paper', database);
    expect(urlsIn((await database.notes.get(synthesis.id))?.json)).toEqual(['https://example.org/p']);

    const direct = await database.notes.add({ uid: randomUid(), abstractId: null, title: 'Direct', json: WITH_BAD_LINKS, text: '', createdAt: 1, updatedAt: 1 });
    expect(urlsIn((await database.notes.get(direct))?.json)).toEqual(['https://example.org/p']);
  });

  it('leaves a clean note exactly as written', async () => {
    const database = freshDatabase();
    const id = await database.notes.add({ uid: randomUid(), abstractId: null, title: 'Clean', json: CLEAN, text: '', createdAt: 1, updatedAt: 1 });
    expect((await database.notes.get(id))?.json).toBe(CLEAN);
  });
});
