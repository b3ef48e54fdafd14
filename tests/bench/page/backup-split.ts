import { Zip, ZipDeflate } from 'fflate';
import { db } from '../../../renderer/db/schema/database';
import { LATEST_VERSION } from '../../../renderer/db/schema/version-chain';
import { StreamingDigest } from '../../../shared/backup/digest';
import { backupTablesAt } from '../../../shared/backup/tables';
import type { BackupSplitFigures } from '../bench-api';
import { forEachPage } from '../../../renderer/db/backup/table-pages';

/**
 * Where a backup's time goes: the steps BackupWriter takes for each page of rows (JSON, UTF-8,
 * SHA-256, deflate at level 1 with the zip's CRC), timed one by one over every backed-up table.
 * Pages are encoded whole rather than in 1 MB pieces, which changes no step's cost per byte.
 */
export async function backupSplit(): Promise<BackupSplitFigures> {
  const tables = backupTablesAt(LATEST_VERSION).map((name) => db.table<object, unknown>(name));
  const split: BackupSplitFigures = { totalMs: 0, jsonMs: 0, encodeMs: 0, hashMs: 0, deflateMs: 0, ndjsonBytes: 0 };
  const encoder = new TextEncoder();
  const zip = new Zip(() => undefined);
  const timed = <T>(key: 'jsonMs' | 'encodeMs' | 'hashMs' | 'deflateMs', work: () => T): T => {
    const started = performance.now();
    const result = work();
    split[key] += performance.now() - started;
    return result;
  };
  const started = performance.now();
  await db.transaction('r', tables, async () => {
    for (const table of tables) {
      const digest = new StreamingDigest();
      const deflate = new ZipDeflate(`${table.name}.ndjson`, { level: 1 });
      zip.add(deflate);
      await forEachPage(table, (rows) => {
        const text = timed('jsonMs', () => rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
        const bytes = timed('encodeMs', () => encoder.encode(text));
        timed('hashMs', () => digest.update(bytes));
        timed('deflateMs', () => deflate.push(bytes));
        split.ndjsonBytes += bytes.length;
      });
      timed('deflateMs', () => deflate.push(new Uint8Array(0), true));
      digest.finish();
    }
  });
  zip.end();
  split.totalMs = performance.now() - started;
  return split;
}
