import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LecternDB } from '../../../../renderer/db/schema/database';
import { runImport } from '../../../../renderer/db/import/import';
import { ensureSeedsImported, isFirstRunDone } from '../../../../renderer/db/import/seed';
import type { ImportedFile } from '../../../../shared/import/types';
import { freshDatabase, snapshot } from './fixtures';
import { readSeedFiles } from './seed-files';

/** A seed reader that counts how often the seeds were read. */
function countingReader(): { read: () => Promise<ImportedFile[]>; calls: () => number } {
  let calls = 0;
  return {
    read: () => {
      calls += 1;
      return readSeedFiles();
    },
    calls: () => calls,
  };
}

describe('ensureSeedsImported', () => {
  it('imports the seeds on the first run and does nothing on the next', async () => {
    const database = freshDatabase();
    const reader = countingReader();

    const first = await ensureSeedsImported(reader.read, database);
    expect(first).toMatchObject({ added: 26, merged: 1, unchanged: 0 });
    expect(await isFirstRunDone(database)).toBe(true);
    const afterFirst = await snapshot(database);

    expect(await ensureSeedsImported(reader.read, database)).toBeNull();
    expect(reader.calls()).toBe(1);
    expect(await snapshot(database)).toEqual(afterFirst);
  });

  it('imports once when two calls race', async () => {
    const database = freshDatabase();
    const reader = countingReader();

    const results = await Promise.all([ensureSeedsImported(reader.read, database), ensureSeedsImported(reader.read, database)]);

    expect(results.filter((result) => result !== null)).toHaveLength(1);
    expect(await database.abstracts.count()).toBe(26);
  });

  it('imports once when two windows (two connections) race for the same library', async () => {
    const name = freshDatabase().name;
    const windowA = new LecternDB(name);
    const windowB = new LecternDB(name);

    const results = await Promise.all([ensureSeedsImported(readSeedFiles, windowA), ensureSeedsImported(readSeedFiles, windowB)]);

    expect(results.filter((result) => result !== null)).toHaveLength(1);
    expect(await windowA.abstracts.count()).toBe(26);
    expect(await windowB.captures.count()).toBe(5);
  });

  it('checks the first-run flag inside the import transaction, so racing imports without a lock store once', async () => {
    const name = freshDatabase().name;
    const [seedsA, seedsB] = await Promise.all([readSeedFiles(), readSeedFiles()]);

    const results = await Promise.all([
      runImport(seedsA, { firstRun: true }, new LecternDB(name)),
      runImport(seedsB, { firstRun: true }, new LecternDB(name)),
    ]);

    expect(results.filter((result) => result !== null)).toHaveLength(1);
    expect(await new LecternDB(name).abstracts.count()).toBe(26);
  });

  it('does not import again after a reload, even when the user deleted every abstract', async () => {
    const name = freshDatabase().name;
    const firstSession = new LecternDB(name);
    await ensureSeedsImported(readSeedFiles, firstSession);
    await firstSession.abstracts.clear();
    firstSession.close();

    const reloaded = new LecternDB(name);
    expect(await ensureSeedsImported(readSeedFiles, reloaded)).toBeNull();
    expect(await reloaded.abstracts.count()).toBe(0);
  });

  it('tries again on the next start when reading the seeds failed', async () => {
    const database = freshDatabase();
    await expect(ensureSeedsImported(() => Promise.reject(new Error('offline')), database)).rejects.toThrow('offline');
    expect(await isFirstRunDone(database)).toBe(false);

    expect(await ensureSeedsImported(readSeedFiles, database)).toMatchObject({ added: 26 });
  });
});
