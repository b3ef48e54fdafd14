import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../renderer/db/import/import';
import { queryAbstractsInCapture } from '../../../../renderer/db/abstracts/queries';
import { freshDatabase, handBuiltFile, snapshot, unreadableFile } from './fixtures';
import { readSeedFiles } from './seed-files';
import { GRADIENT_ABSTRACT, KERNEL_ABSTRACT, portalSnippet, SPECTRAL_ABSTRACT } from './samples';
import { allAbstracts, getAbstract } from '../../../../renderer/db/abstracts/records';

describe('importFiles', () => {
  it('imports the five seeds as 26 abstracts, merging the one record two captures share', async () => {
    const database = freshDatabase();
    const seeds = await readSeedFiles();
    const summary = await importFiles(seeds, database);

    expect(summary).toMatchObject({ added: 26, merged: 1, unchanged: 0, errors: [] });
    expect(await database.abstracts.count()).toBe(26);
    const captures = await database.captures.toArray();
    expect(captures.map((capture) => capture.fileName).sort()).toEqual(seeds.map((file) => file.fileName));
    const stored = new Set(captures.map((capture) => capture.hash));
    const rows = await allAbstracts(database);
    for (const row of rows) {
      expect(row.captureHashes.length).toBeGreaterThan(0);
      expect(row.captureHashes.every((hash) => stored.has(hash))).toBe(true);
      expect(row.sortTitle).not.toBe('');
    }
    expect(rows.filter((row) => row.captureHashes.length === 2)).toHaveLength(1);
  });

  it('changes nothing when the same captures are imported again', async () => {
    const database = freshDatabase();
    await importFiles(await readSeedFiles(), database);
    const before = await snapshot(database);

    const again = await importFiles(await readSeedFiles(), database);

    expect(again).toMatchObject({ added: 0, merged: 0, unchanged: 27, errors: [] });
    expect(await snapshot(database)).toEqual(before);
  });

  it('counts a file given twice in one import once', async () => {
    const database = freshDatabase();
    const file = await handBuiltFile('page.txt', [{ text: KERNEL_ABSTRACT }, { text: SPECTRAL_ABSTRACT }]);

    const summary = await importFiles([file, structuredClone(file)], database);

    expect(summary).toMatchObject({ added: 2, merged: 0, unchanged: 2 });
    expect(await database.abstracts.count()).toBe(2);
    expect(await database.captures.count()).toBe(1);
  });

  it('merges a snippet into the full text imported later, keeping both sources', async () => {
    const database = freshDatabase();
    const page = await handBuiltFile('page.txt', [
      { text: KERNEL_ABSTRACT, title: 'Multiple descent in kernel regression' },
      { text: portalSnippet(GRADIENT_ABSTRACT), truncated: true },
    ]);
    const full = await handBuiltFile('full.txt', [{ text: GRADIENT_ABSTRACT }]);

    expect(await importFiles([page], database)).toMatchObject({ added: 2, merged: 0, unchanged: 0 });
    const snippet = (await queryAbstractsInCapture(page.contentHash, database)).at(-1);
    expect(snippet?.truncated).toBe(true);

    expect(await importFiles([full], database)).toMatchObject({ added: 0, merged: 1, unchanged: 0 });

    expect(await database.abstracts.count()).toBe(2);
    const merged = await getAbstract(snippet?.id ?? -1, database);
    expect(merged?.text).toBe(GRADIENT_ABSTRACT);
    expect(merged?.truncated).toBe(false);
    expect(merged?.display.text).toBe(GRADIENT_ABSTRACT);
    expect(merged?.captureHashes).toEqual([page.contentHash, full.contentHash]);
    expect(merged?.sources.map((source) => source.captureHash)).toEqual([page.contentHash, full.contentHash]);
    expect(merged?.createdAt).toBe(snippet?.createdAt);
  });

  it('keeps the full text when a snippet of it arrives later', async () => {
    const database = freshDatabase();
    const full = await handBuiltFile('full.txt', [{ text: GRADIENT_ABSTRACT }]);
    const page = await handBuiltFile('page.txt', [{ text: KERNEL_ABSTRACT }, { text: portalSnippet(GRADIENT_ABSTRACT), truncated: true }]);
    await importFiles([full], database);

    const summary = await importFiles([page], database);

    expect(summary.added).toBe(1);
    expect(summary.added + summary.merged + summary.unchanged).toBe(2);
    const [row] = await queryAbstractsInCapture(full.contentHash, database);
    expect(row?.text).toBe(GRADIENT_ABSTRACT);
    expect(row?.truncated).toBe(false);
    expect(row?.captureHashes).toEqual([full.contentHash, page.contentHash]);
  });

  it('keeps fields that later features store on an abstract when it merges', async () => {
    const database = freshDatabase();
    await importFiles([await handBuiltFile('page.txt', [{ text: portalSnippet(GRADIENT_ABSTRACT), truncated: true }])], database);
    await database.abstracts.toCollection().modify((row) => {
      Object.assign(row, { status: 'read' });
    });

    await importFiles([await handBuiltFile('full.txt', [{ text: GRADIENT_ABSTRACT }])], database);

    const [row] = await allAbstracts(database);
    expect(row?.text).toBe(GRADIENT_ABSTRACT);
    expect(row).toHaveProperty('status', 'read');
  });

  it('reports a file that could not be read and stores nothing of it', async () => {
    const database = freshDatabase();
    const summary = await importFiles([unreadableFile('empty.txt', 'The file is empty.')], database);

    expect(summary).toEqual({
      added: 0,
      merged: 0,
      unchanged: 0,
      errors: [{ fileName: 'empty.txt', message: 'The file is empty.' }],
      warnings: [],
    });
    // Every table, including those later versions add, stays empty.
    for (const rows of Object.values(await snapshot(database))) expect(rows).toEqual([]);
  });

  it('imports the good files of a mixed batch and reports the bad ones', async () => {
    const database = freshDatabase();
    const good = await handBuiltFile('good.txt', [{ text: SPECTRAL_ABSTRACT }]);
    const noAbstracts = await handBuiltFile('notes.txt', []);

    const summary = await importFiles([unreadableFile('photo.txt', 'This looks like a binary file.'), good, noAbstracts], database);

    expect(summary.added).toBe(1);
    expect(summary.errors.map((problem) => problem.fileName)).toEqual(['photo.txt', 'notes.txt']);
    expect((await database.captures.toArray()).map((capture) => capture.fileName)).toEqual(['good.txt']);
  });

  it('reports each file’s parse warnings with its name', async () => {
    const database = freshDatabase();
    const file = await handBuiltFile('odd.txt', [{ text: KERNEL_ABSTRACT }]);
    file.parsed.warnings.push('A stats line could not be read.');

    const summary = await importFiles([file], database);

    expect(summary.warnings).toEqual([{ fileName: 'odd.txt', message: 'A stats line could not be read.' }]);
  });
});
