// The backup domain owns reading the library into a .lectern file and building a library from one.

import { Dexie, type Table } from 'dexie';
import { APP_VERSION } from '../../../shared/app-version';
import type { BackupManifest } from '../../../shared/backup/format';
import { backupTablesAt } from '../../../shared/backup/tables';
import { BackupWriter, type BackupSink, type DeflateLevel } from '../../../shared/backup/writer';
import { db as appDb, type LecternDB } from '../schema/database';
import { LATEST_VERSION } from '../schema/version-chain';

/** Rows read per request: large enough to amortise IndexedDB's cost per call, small enough to bound memory. */
const PAGE_ROWS = 2_000;

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

function primaryKeyOf(table: Table, row: object): unknown {
  const keyPath = table.schema.primKey.keyPath;
  if (Array.isArray(keyPath)) return keyPath.map((path): unknown => Dexie.getByKeyPath(row, path));
  return Dexie.getByKeyPath(row, keyPath ?? '') as unknown;
}

/** The page of rows after `after`'s (the first page when null), in primary-key order. */
function pageAfter(table: Table<object, unknown>, after: object | null): Promise<object[]> {
  if (after === null) return table.orderBy(':id').limit(PAGE_ROWS).toArray();
  return table.where(':id').above(primaryKeyOf(table, after)).limit(PAGE_ROWS).toArray();
}

/**
 * Every row of `table` in primary-key order, a page at a time. The next page is requested before
 * this one is visited, so IndexedDB reads it while this one is encoded, hashed and compressed.
 */
async function forEachPage(table: Table<object, unknown>, visit: (rows: object[]) => void): Promise<void> {
  let rows = await pageAfter(table, null);
  while (rows.length > 0) {
    const next = rows.length < PAGE_ROWS ? null : pageAfter(table, rows[rows.length - 1] ?? null);
    // If visiting throws, the transaction aborts and the request fails; that is not a second error.
    next?.catch(() => undefined);
    visit(rows);
    if (next === null) return;
    rows = await next;
  }
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
        writer.addRows(table.name, rows);
        rowsDone += rows.length;
        options.onProgress?.({ rowsDone, rowsTotal });
      });
    }
    return writer.finish();
  });
}
