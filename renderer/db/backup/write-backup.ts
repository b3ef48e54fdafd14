// The backup domain owns reading the library into a .lectern file and building a library from one.

import { APP_VERSION } from '../../../shared/app-version';
import type { BackupManifest } from '../../../shared/backup/format';
import { backupTablesAt } from '../../../shared/backup/tables';
import { BackupWriter, type BackupSink, type DeflateLevel } from '../../../shared/backup/writer';
import { db as appDb, type LecternDB } from '../schema/database';
import { LATEST_VERSION } from '../schema/version-chain';
import { forEachPage } from './table-pages';
import { isDeviceLocalMeta } from '../../../shared/backup/device-local';

export interface BackupProgress {
  rowsDone: number;
  rowsTotal: number;
}

export interface WriteBackupOptions {
  onProgress?: (progress: BackupProgress) => void;
  level?: DeflateLevel;
  /** For tests and fixtures; defaults to now. */
  createdAt?: Date;
}


/**
 * Streams the whole library into `sink` as a .lectern file. All tables are read in one read-only
 * transaction, so the file is one consistent moment of the library (writes started meanwhile wait
 * for it); the search index is left out, since it is rebuilt from the rest.
 */
export async function writeLibraryBackup(sink: BackupSink, options: WriteBackupOptions = {}, database: LecternDB = appDb): Promise<BackupManifest> {
  const tableNames = backupTablesAt(LATEST_VERSION);
  const tables = tableNames.map((name) => database.table<object, unknown>(name));
  return database.transaction('r', tables, async () => {
    const counts = await Promise.all(tables.map((table) => table.count()));
    const rowsTotal = counts.reduce((sum, count) => sum + count, 0);
    const writer = new BackupWriter(sink, { appVersion: APP_VERSION, schemaVersion: LATEST_VERSION, createdAt: options.createdAt, level: options.level });
    let rowsDone = 0;
    options.onProgress?.({ rowsDone, rowsTotal });
    for (const table of tables) {
      writer.beginTable(table.name);
      await forEachPage(table, (rows) => {
        writer.addRows(table.name, table.name === 'meta' ? rows.filter((row) => !isDeviceLocalMeta(row)) : rows);
        rowsDone += rows.length;
        options.onProgress?.({ rowsDone, rowsTotal });
      });
    }
    return writer.finish();
  });
}
