import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreIntoNewDatabase } from '../../../../../renderer/db/backup/restore-backup';
import { LecternDB } from '../../../../../renderer/db/schema/database';
import { arbitraryLibrary } from '../../../support/library-arbitrary';
import { freshDatabase } from '../fixtures';
import { backupBytes, inPieces } from './backup-support';

/** Every table, row by row in key order, exactly as IndexedDB holds it. */
async function contents(database: LecternDB): Promise<Record<string, unknown[]>> {
  const names = database.tables.map((table) => table.name).filter((name) => name !== 'searchIndex');
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await database.table(name).toArray()] as const)));
}

describe('backup, then restore into an empty database', () => {
  it('gives back every table of a random library, row by row', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryLibrary(), fc.integer({ min: 1, max: 4096 }), async (library, pieceSize) => {
        const database = freshDatabase();
        const tables = Object.keys(library).map((name) => database.table(name));
        await database.transaction('rw', tables, async () => {
          for (const table of tables) await table.bulkAdd(structuredClone(library[table.name] ?? []));
        });
        const before = await contents(database);
        const { bytes, manifest } = await backupBytes(database);
        for (const table of tables) expect(manifest.tables[table.name], table.name).toBe(library[table.name]?.length ?? 0);

        const restored = await restoreIntoNewDatabase(inPieces(bytes, pieceSize));
        const copy = new LecternDB(restored.databaseName);
        expect(await contents(copy)).toEqual(before);
        copy.close();
        database.close();
      }),
      { numRuns: 40 },
    );
    // Forty backups and restores of every table: past the default limit on a busy two-core machine.
  }, 60_000);
});
