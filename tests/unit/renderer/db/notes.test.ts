import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../renderer/db/import/import';
import { queryNote, saveNote } from '../../../../renderer/db/notes/notes';
import { freshDatabase, handBuiltFile } from './fixtures';
import { KERNEL_ABSTRACT, SPECTRAL_ABSTRACT } from './samples';

describe('abstract notes', () => {
  it('creates the note on the first save and updates the same note afterwards', async () => {
    const database = freshDatabase();
    await importFiles([await handBuiltFile('page.txt', [{ text: KERNEL_ABSTRACT }, { text: SPECTRAL_ABSTRACT }])], database);
    const [first, second] = await database.abstracts.toArray();
    if (first === undefined || second === undefined) throw new Error('the fixture stored two abstracts');
    expect(await queryNote(first.id, database)).toBeNull();

    const id = await saveNote(first.id, '{"root":1}', 'Draft', database);
    const again = await saveNote(first.id, '{"root":2}', 'Draft, revised', database);
    await saveNote(second.id, null, 'Other paper', database);

    expect(again).toBe(id);
    expect(await database.notes.count()).toBe(2);
    expect(await queryNote(first.id, database)).toMatchObject({ id, abstractId: first.id, title: null, json: '{"root":2}', text: 'Draft, revised' });
    expect((await queryNote(second.id, database))?.text).toBe('Other paper');
    await expect(saveNote(second.id + 99, null, 'x', database)).rejects.toThrow(/not in the library/);
  });
});
