import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../../../renderer/db/import/import';
import { freshDatabase } from '../fixtures';
import { readSeedFiles } from '../seed-files';
import { backupBytes } from './backup-support';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const scratch = mkdtempSync(join(tmpdir(), 'lectern-backup-info-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let good: Uint8Array = new Uint8Array();
beforeAll(async () => {
  const database = freshDatabase();
  await importFiles(await readSeedFiles(), database);
  good = (await backupBytes(database)).bytes;
});

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
    expect(info).toMatchObject({ valid: true, problem: null, manifest: { format: 'lectern-backup', schemaVersion: 10, tables: { abstracts: 26, captures: 5 } } });
    expect(info['rowsChecked']).toBeGreaterThan(26);
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
    expect(damaged.info['manifest']).toMatchObject({ schemaVersion: 10 });
  });
});
