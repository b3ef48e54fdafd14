import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LecternDB } from '../../../../renderer/db/database';
import { importFiles } from '../../../../renderer/db/import';
import { freshDatabase, handBuiltFile, snapshot } from './fixtures';
import { readSeedFiles } from './seed-files';
import { GRADIENT_ABSTRACT, KERNEL_ABSTRACT, portalSnippet, SPECTRAL_ABSTRACT } from './samples';

/** A library holding two seeds and a snippet that the next import will merge into. */
async function populatedDatabase(): Promise<LecternDB> {
  const database = freshDatabase();
  const seeds = await readSeedFiles();
  await importFiles(seeds.slice(0, 2), database);
  await importFiles([await handBuiltFile('page.txt', [{ text: portalSnippet(GRADIENT_ABSTRACT), truncated: true }])], database);
  return database;
}

/** The next import: three seeds (new abstracts), the snippet's full text (a merge) and new captures. */
async function nextImport() {
  const seeds = await readSeedFiles();
  return [...seeds.slice(2), await handBuiltFile('full.txt', [{ text: GRADIENT_ABSTRACT }, { text: KERNEL_ABSTRACT }, { text: SPECTRAL_ABSTRACT }])];
}

describe('an import that fails part-way', () => {
  it('leaves the library exactly as it was when storing an abstract fails', async () => {
    const database = await populatedDatabase();
    const before = await snapshot(database);
    let created = 0;
    const failOnFifth = (): void => {
      created += 1;
      if (created === 5) throw new Error('disk full while storing abstract 5');
    };
    database.abstracts.hook('creating', failOnFifth);

    await expect(importFiles(await nextImport(), database)).rejects.toThrow('disk full while storing abstract 5');

    database.abstracts.hook('creating').unsubscribe(failOnFifth);
    expect(created).toBe(5);
    expect(await snapshot(database)).toEqual(before);
  });

  it('leaves the library exactly as it was when storing a capture fails after the abstracts', async () => {
    const database = await populatedDatabase();
    const before = await snapshot(database);
    const failOnFullText = (_key: unknown, capture: { fileName: string }): void => {
      if (capture.fileName === 'full.txt') throw new Error('quota exceeded while storing full.txt');
    };
    database.captures.hook('creating', failOnFullText);

    await expect(importFiles(await nextImport(), database)).rejects.toThrow('quota exceeded while storing full.txt');

    database.captures.hook('creating').unsubscribe(failOnFullText);
    expect(await snapshot(database)).toEqual(before);
    // The same import succeeds once the fault is gone, so nothing half-done was left behind.
    const summary = await importFiles(await nextImport(), database);
    expect(summary.merged).toBeGreaterThanOrEqual(1);
    expect(await database.captures.count()).toBe(7);
  });
});
