import type { ImportedFile } from '../../../../shared/import/types';
import type { LecternDB } from '../../../../renderer/db/database';
import { importFiles } from '../../../../renderer/db/import';
import { freshDatabase } from './fixtures';

/**
 * Writes `files` into a database opened at an older version, as that release's import left them:
 * today's import runs in a scratch database, then its captures, abstracts and meta rows (ids kept)
 * are copied into the older tables. Today's write paths need today's tables, so they cannot run
 * against an older schema themselves.
 */
export async function importAsOlderRelease(files: readonly ImportedFile[], older: LecternDB): Promise<void> {
  const scratch = freshDatabase();
  await importFiles([...files], scratch);
  for (const name of ['captures', 'abstracts', 'meta'] as const) {
    const rows = await scratch.table(name).toArray();
    if (rows.length > 0) await older.table(name).bulkAdd(rows);
  }
  scratch.close();
}
