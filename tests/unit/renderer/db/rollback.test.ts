import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { readCaptureText } from '../../../../renderer/db/import/capture-texts';
import { importFiles } from '../../../../renderer/db/import/import';
import { ROWS_PER_CHUNK } from '../../../../renderer/db/import/in-chunks';
import { TEXT_PIECE_LENGTH } from '../../../../shared/import/text-pieces';
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

  it('stores nothing of the import when a piece of a long capture’s text fails after earlier pieces were written', async () => {
    const database = await populatedDatabase();
    const before = await snapshot(database);
    const filler = 'The learning rate schedule of a small network changes its accuracy after warm-up. '.repeat(40);
    const specs = Array.from({ length: Math.ceil((TEXT_PIECE_LENGTH * 2.5) / filler.length) }, (_, index) => ({ text: `Study ${index}: ${filler}` }));
    const longPage = await handBuiltFile('long-page.txt', specs);
    expect(longPage.textPieces.length).toBe(3);
    let written = 0;
    const failOnLastPiece = (): void => {
      written += 1;
      if (written === 3) throw new Error('quota exceeded while storing long-page.txt');
    };
    database.captureTexts.hook('creating', failOnLastPiece);

    await expect(importFiles([...(await nextImport()), longPage], database)).rejects.toThrow('quota exceeded while storing long-page.txt');

    database.captureTexts.hook('creating').unsubscribe(failOnLastPiece);
    expect(await snapshot(database)).toEqual(before);
    // Without the fault the capture is stored whole.
    await importFiles([longPage], database);
    expect(await readCaptureText(longPage.contentHash, database)).toBe(longPage.textPieces.join(''));
  });

  describe('when the import is large enough to be written in chunks', () => {
    /** One page listing more abstracts than two chunks hold, so the import writes them in several steps. */
    async function largePage() {
      const specs = Array.from({ length: ROWS_PER_CHUNK * 2 + 200 }, (_, index) => ({
        text: `Study ${index} measures how the learning rate schedule of a small network changes its accuracy after ${index + 3} epochs, and reports the spread over five seeds.`,
      }));
      return handBuiltFile('large-page.txt', specs);
    }

    it('stores nothing when a chunk of abstracts fails after earlier chunks were written', async () => {
      const database = await populatedDatabase();
      const before = await snapshot(database);
      const failAt = ROWS_PER_CHUNK * 2 + 100;
      let created = 0;
      const failLate = (): void => {
        created += 1;
        if (created === failAt) throw new Error(`disk full while storing abstract ${failAt}`);
      };
      database.abstracts.hook('creating', failLate);

      await expect(importFiles([await largePage()], database)).rejects.toThrow(`disk full while storing abstract ${failAt}`);

      database.abstracts.hook('creating').unsubscribe(failLate);
      expect(created).toBe(failAt);
      expect(await snapshot(database)).toEqual(before);
    });

    // A chunk's keys and texts are still being written while the next chunk's abstracts are sent.
    it.each(['abstractTexts', 'abstractKeys'] as const)('stores nothing, and reports the fault, when %s rows fail while the next chunk is written', async (table) => {
      const database = await populatedDatabase();
      const before = await snapshot(database);
      const failAt = ROWS_PER_CHUNK + 5;
      let created = 0;
      const failLate = (): void => {
        created += 1;
        if (created === failAt) throw new Error(`disk full while storing ${table} row ${failAt}`);
      };
      database[table].hook('creating', failLate);

      await expect(importFiles([await largePage()], database)).rejects.toThrow(`disk full while storing ${table} row ${failAt}`);

      database[table].hook('creating').unsubscribe(failLate);
      expect(await snapshot(database)).toEqual(before);
      const summary = await importFiles([await largePage()], database);
      expect(summary.added).toBe(ROWS_PER_CHUNK * 2 + 200);
    });

    it('stores nothing when a chunk of same-page links fails after every abstract was written', async () => {
      const database = await populatedDatabase();
      const before = await snapshot(database);
      let linked = 0;
      const failLate = (): void => {
        linked += 1;
        if (linked === ROWS_PER_CHUNK + 1) throw new Error('quota exceeded while linking the page');
      };
      database.links.hook('creating', failLate);

      await expect(importFiles([await largePage()], database)).rejects.toThrow('quota exceeded while linking the page');

      database.links.hook('creating').unsubscribe(failLate);
      expect(await snapshot(database)).toEqual(before);
      // Without the fault the same file is stored whole.
      const summary = await importFiles([await largePage()], database);
      expect(summary.added).toBe(ROWS_PER_CHUNK * 2 + 200);
    });
  });
});
