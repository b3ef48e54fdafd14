import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { findWidePairs } from '../../../../../shared/identity/near-duplicates';
import { readKeyCandidates } from '../../../../../renderer/db/duplicates/candidates';
import { DuplicateScanner } from '../../../../../renderer/db/duplicates/duplicate-scanner';
import { markNotDuplicates } from '../../../../../renderer/db/duplicates/not-duplicates';
import { scanForDuplicates, type ScanProgress } from '../../../../../renderer/db/duplicates/scan';
import { importFiles } from '../../../../../renderer/db/import/import';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { freshDatabase, handBuiltFile } from '../fixtures';
import { GRADIENT_ABSTRACT, KERNEL_ABSTRACT, SPECTRAL_ABSTRACT } from '../samples';
import { readSeedFiles } from '../seed-files';

async function libraryWithOnePair(): Promise<{ database: LecternDB; ids: number[] }> {
  const database = freshDatabase();
  await importFiles(
    [
      await handBuiltFile('page.txt', [
        { text: GRADIENT_ABSTRACT, title: 'Gradient descent stays near a low-rank manifold', year: 2019 },
        { text: SPECTRAL_ABSTRACT, title: 'Spectral detection in sparse graphs' },
        { text: KERNEL_ABSTRACT, title: 'Gradient Descent Stays Near a Low Rank Manifold.', year: 2020 },
      ]),
    ],
    database,
  );
  return { database, ids: await database.abstracts.orderBy(':id').primaryKeys() };
}

describe('scanForDuplicates', () => {
  it('reads the titles a page at a time and offers the pair, with progress for each phase', async () => {
    const { database, ids } = await libraryWithOnePair();
    const phases: ScanProgress['phase'][] = [];
    const pairs = await scanForDuplicates(database, (progress) => phases.push(progress.phase));
    expect(pairs).toEqual([{ low: ids[0], high: ids[2], reason: 'same-title', similarity: 1 }]);
    expect(phases[0]).toBe('reading');
    expect(phases.at(-1)).toBe('comparing');
  });

  it('leaves out a pair marked Not duplicates until that is undone', async () => {
    const { database, ids } = await libraryWithOnePair();
    const decision = await markNotDuplicates(ids[2] ?? 0, ids[0] ?? 0, database);
    expect(await scanForDuplicates(database)).toEqual([]);
    await decision.undo();
    expect(await database.distinctPairs.count()).toBe(0);
    expect(await scanForDuplicates(database)).toHaveLength(1);
    await decision.redo();
    expect(await scanForDuplicates(database)).toEqual([]);
  });

  it('looks closely at whole rows: a title is never paired with an untitled text that opens with it, nor papers without a shared author', async () => {
    const database = freshDatabase();
    const opening = GRADIENT_ABSTRACT.slice(0, GRADIENT_ABSTRACT.indexOf('.') + 1);
    await importFiles(
      [
        await handBuiltFile('page.txt', [
          { text: GRADIENT_ABSTRACT },
          { text: SPECTRAL_ABSTRACT, title: opening },
          { text: KERNEL_ABSTRACT, title: 'Multiple descent curves of kernel ridge regression', authors: ['Ana Silva'] },
          { text: `${KERNEL_ABSTRACT} Code is online.`, title: 'Multiple descent curves of kernel ridge regression', authors: ['Bo Chen'] },
        ]),
      ],
      database,
    );
    // Their keys look alike: the wide pass lets both pairs through, and the close look turns them down.
    expect(findWidePairs(await readKeyCandidates(database)).pairs).toHaveLength(2);
    expect(await scanForDuplicates(database)).toEqual([]);
  });

  it('finds no possible duplicates among the bundled seeds', async () => {
    const database = freshDatabase();
    await importFiles(await readSeedFiles(), database);
    expect(await scanForDuplicates(database)).toEqual([]);
  });
});

describe('DuplicateScanner', () => {
  it('scans on request, drops a settled pair at once, and scans again after the library changes', async () => {
    const { database, ids } = await libraryWithOnePair();
    let scans = 0;
    const scanner = new DuplicateScanner((onProgress) => {
      scans += 1;
      return scanForDuplicates(database, onProgress);
    }, database.name);
    let notices = 0;
    scanner.subscribe(() => (notices += 1));

    scanner.scan();
    await vi.waitFor(() => expect(scanner.getState().pairs).toHaveLength(1));
    expect(scanner.getState().progress).toBeNull();
    expect(notices).toBeGreaterThan(1);

    scanner.forget((pair) => pair.low === ids[0]);
    expect(scanner.getState().pairs).toEqual([]);
    await markNotDuplicates(ids[0] ?? 0, ids[2] ?? 0, database);
    await vi.waitFor(() => expect(scans).toBe(2), { timeout: 3000 });
    await vi.waitFor(() => expect(scanner.getState().progress).toBeNull());
    expect(scanner.getState().pairs).toEqual([]);
    scanner.stop();
  });

  it('keeps the last pairs and says why when a scan fails', async () => {
    const scanner = new DuplicateScanner(() => Promise.reject(new Error('The disk is gone.')), 'nowhere');
    scanner.scan();
    await vi.waitFor(() => expect(scanner.getState().error).toBe('The disk is gone.'));
    expect(scanner.getState()).toMatchObject({ pairs: null, progress: null });
    scanner.stop();
  });
});
