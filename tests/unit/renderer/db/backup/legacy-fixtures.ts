import { readFile } from 'node:fs/promises';
import { readBackup } from '../../../../../shared/backup/reader';
import type { BackupManifest } from '../../../../../shared/backup/format';

/**
 * The backups scripts/fixtures/legacy-backups.ts made with the code of the releases whose database
 * was at schema version 1 and 5 (see that script for what each library holds).
 */
export type LegacyFixture = 'v1' | 'v5';

export function legacyBackup(fixture: LegacyFixture): Promise<Uint8Array> {
  return readFile(new URL(`../../../../fixtures/backups/${fixture}.lectern`, import.meta.url)).then(
    (buffer) => new Uint8Array(buffer),
  );
}

/** The backup's rows, table by table, as the file holds them; and its manifest. */
export async function backupRows(
  bytes: Uint8Array,
): Promise<{ manifest: BackupManifest; tables: Map<string, unknown[]> }> {
  const tables = new Map<string, unknown[]>();
  const manifest = await readBackup(once(bytes), {
    rows: (table, rows) => {
      tables.set(table, [...(tables.get(table) ?? []), ...rows]);
    },
  });
  return { manifest, tables };
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield await Promise.resolve(bytes);
}
