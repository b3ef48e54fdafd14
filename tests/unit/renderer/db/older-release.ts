import type { ImportedFile } from '../../../../shared/import/types';
import type { LecternDB } from '../../../../renderer/db/database';
import { allAbstracts } from '../../../../renderer/db/abstract-records';
import { importFiles } from '../../../../renderer/db/import';
import { freshDatabase } from './fixtures';

/**
 * Writes `files` into a database opened at an older version, as that release's import left them:
 * today's import runs in a scratch database, then its captures, abstracts and meta rows (ids kept)
 * are copied into the older tables (before version 7 an abstract's row held its text). Today's write
 * paths need today's tables, so they cannot run against an older schema themselves.
 */
export async function importAsOlderRelease(files: readonly ImportedFile[], older: LecternDB): Promise<void> {
  const scratch = freshDatabase();
  await importFiles([...files], scratch);
  for (const name of ['captures', 'meta'] as const) {
    const rows = await scratch.table(name).toArray();
    if (rows.length > 0) await older.table(name).bulkAdd(rows);
  }
  const abstracts = await allAbstracts(scratch);
  if (abstracts.length > 0) await older.table('abstracts').bulkAdd(abstracts);
  // Version 6 kept each abstract's keys in their own table.
  if (older.tables.some((table) => table.name === 'abstractKeys')) await older.table('abstractKeys').bulkAdd(await scratch.abstractKeys.toArray());
  scratch.close();
}
