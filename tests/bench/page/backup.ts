import { Dexie, type Table } from 'dexie';
import { blobChunks } from '../../../renderer/db/backup/blob-chunks';
import { restoreIntoNewDatabase } from '../../../renderer/db/backup/restore-backup';
import { writeLibraryBackup } from '../../../renderer/db/backup/write-backup';
import { db } from '../../../renderer/db/schema/database';
import { declareSchema, LATEST_VERSION } from '../../../renderer/db/schema/version-chain';
import { backupTablesAt } from '../../../shared/backup/tables';
import type { BackupBenchApi, BackupFigures, TimedFigures } from '../bench-api';
import { backupSplit } from './backup-split';
import { HeapPeak } from './heap-peak';
import { forEachPage, pageAfter, PAGE_ROWS } from '../../../renderer/db/backup/table-pages';

// The backup and restore run here on the page, not in the app's worker: the same code, and the
// page's performance.memory then sees the heap they use.

const backedUpTables = (): Table<object, unknown>[] => backupTablesAt(LATEST_VERSION).map((name) => db.table<object, unknown>(name));

/** The last backup made, kept for the restores. */
let lastBackup: Blob | null = null;

const benchDatabaseName = (kind: string): string => `lectern-bench-${kind}-${Date.now().toString(36)}`;

/** The baseline under a backup: every backed-up table read in pages of 2,000 in one read-only transaction, rows dropped. */
async function readEveryTable(): Promise<TimedFigures> {
  const tables = backedUpTables();
  const heap = await HeapPeak.start();
  let rows = 0;
  const started = performance.now();
  await db.transaction('r', tables, async () => {
    for (const table of tables)
      await forEachPage(table, (page) => {
        rows += page.length;
        heap.sample();
      });
  });
  const ms = performance.now() - started;
  return { ms, rows, heapPeakBytes: heap.stop() };
}

async function backUp(): Promise<BackupFigures> {
  lastBackup = null;
  const heap = await HeapPeak.start();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const started = performance.now();
  const manifest = await writeLibraryBackup((chunk) => parts.push(chunk as Uint8Array<ArrayBuffer>), { onProgress: () => heap.sample() }, db);
  lastBackup = new Blob(parts, { type: 'application/zip' });
  const ms = performance.now() - started;
  const heapPeakBytes = heap.stop();
  const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0);
  return { ms, rows, heapPeakBytes, bytes: lastBackup.size, tables: manifest.tables };
}

/** The last backup restored into a new database, which is deleted afterwards (not timed). */
async function restore(): Promise<TimedFigures> {
  if (lastBackup === null) throw new Error('Back up before restoring.');
  const name = benchDatabaseName('restore');
  const heap = await HeapPeak.start();
  const started = performance.now();
  try {
    const { manifest } = await restoreIntoNewDatabase(blobChunks(lastBackup), () => heap.sample(), name);
    const ms = performance.now() - started;
    const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0);
    return { ms, rows, heapPeakBytes: heap.stop() };
  } finally {
    heap.stop();
    await Dexie.delete(name);
  }
}

/**
 * The baseline under a restore: the same rows bulkAdded into an empty database at the latest
 * schema, in the batches a restore writes (each table's rows in primary-key order, 2,000 at a time).
 * Each batch is read from the library just before it is written; only the bulkAdds are timed.
 */
async function rawBulkAddEveryTable(): Promise<TimedFigures> {
  const name = benchDatabaseName('raw');
  const target = new Dexie(name);
  declareSchema(target);
  await target.open();
  const heap = await HeapPeak.start();
  let ms = 0;
  let rows = 0;
  try {
    for (const table of backedUpTables()) {
      for (let page = await pageAfter(table, null); page.length > 0; page = await pageAfter(table, page[page.length - 1] ?? null)) {
        const started = performance.now();
        await target.table(table.name).bulkAdd(page);
        ms += performance.now() - started;
        rows += page.length;
        heap.sample();
        if (page.length < PAGE_ROWS) break;
      }
    }
    return { ms, rows, heapPeakBytes: heap.stop() };
  } finally {
    heap.stop();
    target.close();
    await Dexie.delete(name);
  }
}

declare global {
  interface Window {
    lecternBackupBench?: BackupBenchApi;
  }
}

export function exposeBackupBench(): void {
  window.lecternBackupBench = { readEveryTable, backUp, restore, rawBulkAddEveryTable, backupSplit };
}
