import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { backupTablesAt, LATEST_BACKUP_SCHEMA } from '../../../../shared/backup/tables';
import { BackupWriter } from '../../../../shared/backup/writer';
import { arbitraryLibrary } from '../../support/library-arbitrary';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const scratch = mkdtempSync(join(tmpdir(), 'lectern-backup-info-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A library that uses every table, with at least one abstract and one capture. */
const library = fc.sample(
  arbitraryLibrary().filter((rows) => (rows['abstracts']?.length ?? 0) > 0 && (rows['captures']?.length ?? 0) > 0),
  { numRuns: 1, seed: 15 },
)[0] ?? {};

function backupOf(rows: Record<string, unknown[]>): Uint8Array {
  const parts: Uint8Array[] = [];
  const writer = new BackupWriter((chunk) => parts.push(chunk), { appVersion: '0.1.0', schemaVersion: LATEST_BACKUP_SCHEMA });
  for (const table of backupTablesAt(LATEST_BACKUP_SCHEMA)) {
    writer.beginTable(table);
    writer.addRows(table, rows[table] ?? []);
  }
  writer.finish();
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

const good = backupOf(library);
const allRows = Object.values(library).reduce((sum, rows) => sum + rows.length, 0);

function backupInfo(bytes: Uint8Array, name: string): { status: number | null; info: Record<string, unknown> } {
  const file = join(scratch, name);
  writeFileSync(file, bytes);
  const result = spawnSync(TSX, ['scripts/backup-info.ts', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, info: JSON.parse(result.stdout) as Record<string, unknown> };
}

describe('npm run backup-info', () => {
  it('prints the manifest and a passing check for a whole backup, and exits 0', () => {
    const { status, info } = backupInfo(good, 'good.lectern');
    expect(status).toBe(0);
    const abstracts = library['abstracts']?.length;
    expect(info).toMatchObject({ valid: true, problem: null, rowsChecked: allRows, manifest: { format: 'lectern-backup', schemaVersion: LATEST_BACKUP_SCHEMA, tables: { abstracts } } });
  });

  it('names what is wrong with a damaged file and exits 1', () => {
    const truncated = backupInfo(good.subarray(0, good.length - 10), 'cut.lectern');
    expect(truncated.status).toBe(1);
    expect(truncated.info).toMatchObject({ valid: false, problem: expect.stringMatching(/truncated/) as unknown });

    const flipped = Uint8Array.from(good);
    const at = Math.floor(good.length / 3);
    flipped[at] = (flipped[at] ?? 0) ^ 0xff;
    const damaged = backupInfo(flipped, 'flipped.lectern');
    expect(damaged.status).toBe(1);
    expect(damaged.info['valid']).toBe(false);
    expect(damaged.info['problem']).toMatch(/tables\/|lectern\.json|manifest|zip/);
    // The manifest sits at the end of the file, past the damage, so it is still shown.
    expect(damaged.info['manifest']).toMatchObject({ schemaVersion: LATEST_BACKUP_SCHEMA });
  });
});
