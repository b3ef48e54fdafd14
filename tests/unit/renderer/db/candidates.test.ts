import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LecternDB } from '../../../../renderer/db/schema/database';
import { importFiles } from '../../../../renderer/db/import/import';
import { freshDatabase, handBuiltFile } from './fixtures';
import { readSeedFiles } from './seed-files';
import { GRADIENT_ABSTRACT, KERNEL_ABSTRACT, portalSnippet, SPECTRAL_ABSTRACT } from './samples';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';

// The import keeps an in-memory copy of the identity indexes between imports on one connection;
// these tests check it never answers from a stale copy.

describe('finding the abstracts an import merges into', () => {
  it('follows its own merges from one import to the next', async () => {
    const database = freshDatabase();
    await importFiles([await handBuiltFile('snippet.txt', [{ text: portalSnippet(GRADIENT_ABSTRACT), truncated: true }])], database);
    await importFiles([await handBuiltFile('full.txt', [{ text: KERNEL_ABSTRACT }, { text: GRADIENT_ABSTRACT }])], database);

    const again = await importFiles([await handBuiltFile('other-page.txt', [{ text: `${GRADIENT_ABSTRACT.slice(0, 180)}…`, truncated: true }])], database);

    expect(again).toMatchObject({ added: 0, merged: 1 });
    const rows = await allAbstracts(database);
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.text === GRADIENT_ABSTRACT)?.captureHashes).toHaveLength(3);
  });

  it('sees abstracts another window imported in the meantime', async () => {
    const name = freshDatabase().name;
    const windowA = new LecternDB(name);
    const windowB = new LecternDB(name);
    await importFiles([await handBuiltFile('a.txt', [{ text: KERNEL_ABSTRACT }])], windowA);
    await importFiles([await handBuiltFile('b.txt', [{ text: GRADIENT_ABSTRACT }])], windowB);

    const summary = await importFiles([await handBuiltFile('c.txt', [{ text: SPECTRAL_ABSTRACT }, { text: portalSnippet(GRADIENT_ABSTRACT), truncated: true }])], windowA);

    expect(summary).toMatchObject({ added: 1, merged: 1 });
    expect(await windowA.abstracts.count()).toBe(3);
  });

  it('sees another window’s merge that replaced a snippet with its full text', async () => {
    const name = freshDatabase().name;
    const windowA = new LecternDB(name);
    const windowB = new LecternDB(name);
    await importFiles([await handBuiltFile('page.txt', [{ text: KERNEL_ABSTRACT }, { text: portalSnippet(GRADIENT_ABSTRACT), truncated: true }])], windowA);
    await importFiles([await handBuiltFile('full.txt', [{ text: GRADIENT_ABSTRACT }])], windowB);

    const summary = await importFiles([await handBuiltFile('full-again.txt', [{ text: `${GRADIENT_ABSTRACT}\n` }])], windowA);

    expect(summary).toMatchObject({ added: 0, merged: 1 });
    expect(await windowA.abstracts.count()).toBe(2);
  });

  it('merges a few records into a large library, looking their keys up one by one', async () => {
    const name = freshDatabase().name;
    await importFiles(await readSeedFiles(), new LecternDB(name));
    const seedRecord = (await readSeedFiles())[0]?.parsed.records[0];
    if (seedRecord === undefined) throw new Error('the first seed has no records');
    // A new connection has no in-memory copy, and 1 record against 26 abstracts is looked up by key.
    const freshWindow = new LecternDB(name);

    const summary = await importFiles([await handBuiltFile('quoted.txt', [{ text: seedRecord.text }])], freshWindow);

    expect(summary).toMatchObject({ added: 0, merged: 1 });
    expect(await freshWindow.abstracts.count()).toBe(26);
  });
});
