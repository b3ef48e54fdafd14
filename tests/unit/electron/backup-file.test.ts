/** Saving a backup where the user chose in the Save dialog, on a real temporary folder. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveBackupFile } from '../../../electron/snapshots/backup-file';
import { backupBytes } from './fixtures/backup-bytes';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-backup-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('saving a backup file', () => {
  it('writes the backup where the dialog says, replacing what was there', async () => {
    const path = join(dir, 'My library.lectern');
    await writeFile(path, 'an older backup');
    const bytes = backupBytes('2026-12-04T10:00:00Z');
    expect(await saveBackupFile(bytes, () => Promise.resolve(path))).toEqual({ saved: true, path });
    expect(new Uint8Array(await readFile(path))).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['My library.lectern']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    expect(await saveBackupFile(backupBytes('2026-12-04T10:00:00Z'), () => Promise.resolve(null))).toEqual({
      saved: false,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses bytes that are not a Lectern backup before showing the dialog', async () => {
    const choosePath = vi.fn(() => Promise.resolve(join(dir, 'x.lectern')));
    await expect(saveBackupFile(new TextEncoder().encode('#!/bin/sh\nrm -rf ~'), choosePath)).rejects.toThrow(
      'The backup was not saved. It is not a Lectern backup',
    );
    expect(choosePath).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });
});
