import type { ImportedFile } from '../../../shared/import/types';
import { db as appDb, type LecternDB } from '../schema/database';
import { runExclusive } from './exclusive';
import { FIRST_RUN_KEY, runImport } from './import';
import type { ImportSummary } from '../schema/row-types';

const FIRST_RUN_LOCK = 'lectern-first-run';

/**
 * Imports the bundled seeds on the library's first run, exactly once: across reloads (a flag set
 * in the import's own transaction) and across windows (a lock, and the flag re-checked inside
 * that transaction). Resolves to null when the seeds were imported before.
 */
export function ensureSeedsImported(
  readSeeds: () => Promise<ImportedFile[]>,
  database: LecternDB = appDb,
): Promise<ImportSummary | null> {
  return runExclusive(FIRST_RUN_LOCK, async () => {
    if (await isFirstRunDone(database)) return null;
    const seeds = await readSeeds();
    return runImport(seeds, { firstRun: true }, database);
  });
}

export async function isFirstRunDone(database: LecternDB = appDb): Promise<boolean> {
  return (await database.meta.get(FIRST_RUN_KEY)) !== undefined;
}
