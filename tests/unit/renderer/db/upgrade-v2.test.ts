import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHighlight, queryAnnotations } from '../../../../renderer/db/annotations/annotations';
import { LecternDB } from '../../../../renderer/db/schema/database';
import { importFiles } from '../../../../renderer/db/import/import';
import { saveNote, queryNote } from '../../../../renderer/db/notes/notes';
import { freshDatabase, handBuiltFile, snapshot, withoutVersion11Fields } from './fixtures';
import { importAsOlderRelease } from './older-release';
import { GRADIENT_ABSTRACT, KERNEL_ABSTRACT, portalSnippet } from './samples';

describe('upgrading a version-1 library to annotations and notes (version 2)', () => {
  it('keeps every abstract and capture, adds empty annotations and notes tables, and imports into them afterwards', async () => {
    const name = freshDatabase().name;
    const version1 = new LecternDB(name, 1);
    const page = await handBuiltFile('page.txt', [{ text: KERNEL_ABSTRACT }, { text: portalSnippet(GRADIENT_ABSTRACT), truncated: true }]);
    await importAsOlderRelease([page], version1);
    expect(version1.tables.map((table) => table.name).sort()).toEqual(['abstracts', 'captures', 'meta']);
    const before = await snapshot(version1);
    version1.close();

    const upgraded = new LecternDB(name);
    await upgraded.open();

    expect(upgraded.verno).toBeGreaterThanOrEqual(2);
    const after = await snapshot(upgraded);
    expect(withoutVersion11Fields(after.abstracts)).toEqual(before.abstracts);
    expect(after.captures).toEqual(before.captures);
    expect(after.meta).toEqual(before.meta);
    expect(after.annotations).toEqual([]);
    expect(after.notes).toEqual([]);

    const snippet = (await upgraded.abstracts.toArray()).find((row) => row.truncated);
    if (snippet === undefined) throw new Error('the old library lost its snippet');
    await createHighlight(snippet.id, 0, 10, 'yellow', upgraded);
    await saveNote(snippet.id, null, 'kept', upgraded);
    // The upgraded library still merges a fuller text in, re-anchoring the highlight in the same import.
    expect(await importFiles([await handBuiltFile('full.txt', [{ text: GRADIENT_ABSTRACT }])], upgraded)).toMatchObject({ merged: 1 });
    expect((await queryAnnotations(snippet.id, upgraded)).map((row) => row.selectors.quote.suffix)).toEqual([GRADIENT_ABSTRACT.slice(10, 42)]);
    expect((await queryNote(snippet.id, upgraded))?.text).toBe('kept');
    upgraded.close();
  });
});
