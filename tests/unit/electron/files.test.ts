import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSeedFiles, readCaptureFile, seedsDir } from '../../../electron/files';
import { formatSize, MAX_CAPTURE_BYTES } from '../../../shared/import/capture-limit';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-files-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('seedsDir', () => {
  it('uses resources/seeds when packaged and the app folder in development', () => {
    expect(seedsDir(true, '/opt/Lectern/resources', '/opt/Lectern/resources/app.asar')).toBe(
      join('/opt/Lectern/resources', 'seeds'),
    );
    expect(seedsDir(false, '/usr/lib/electron/resources', '/home/me/lectern')).toBe(
      join('/home/me/lectern', 'seeds'),
    );
  });
});

describe('formatSize', () => {
  it('says sizes the way people read them', () => {
    expect([512, 5000, 2048, 64 * 1024 * 1024, 80.5 * 1024 * 1024].map(formatSize)).toEqual([
      '512 bytes',
      '4.9 KB',
      '2 KB',
      '64 MB',
      '80.5 MB',
    ]);
  });
});

describe('listSeedFiles', () => {
  it('lists only the .txt files, sorted by name, as absolute paths', async () => {
    for (const name of ['010_b.txt', '002_a.txt', 'notes.md', '001_c.TXT', 'README'])
      await writeFile(join(dir, name), 'x');
    await mkdir(join(dir, 'folder.txt'));
    expect(await listSeedFiles(dir)).toEqual([
      join(dir, '001_c.TXT'),
      join(dir, '002_a.txt'),
      join(dir, '010_b.txt'),
    ]);
  });

  it('returns nothing for an empty folder', async () => {
    expect(await listSeedFiles(dir)).toEqual([]);
  });

  it('says clearly when the seeds folder is missing', async () => {
    const missing = join(dir, 'nope');
    await expect(listSeedFiles(missing)).rejects.toThrow(
      `The bundled captures could not be listed (${missing}): the file does not exist.`,
    );
  });

  it('lists the repository seeds in import order', async () => {
    const files = await listSeedFiles(join(import.meta.dirname, '../../../seeds'));
    expect(files.length).toBe(5);
    expect(files.map((file) => file.split(/[\\/]/).pop())).toEqual(
      [...files.map((file) => file.split(/[\\/]/).pop())].sort(),
    );
  });
});

describe('readCaptureFile', () => {
  it('reads a regular file byte for byte', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69, 0x0d, 0x0a]);
    await writeFile(join(dir, 'page.txt'), bytes);
    const read = await readCaptureFile(join(dir, 'page.txt'));
    expect(read).toEqual({ ok: true, fileName: 'page.txt', bytes });
  });

  it('reads an empty file (the parser, not the reader, says it is empty)', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    expect(await readCaptureFile(join(dir, 'empty.txt'))).toEqual({
      ok: true,
      fileName: 'empty.txt',
      bytes: new Uint8Array(),
    });
  });

  it('refuses a file over the size cap with its size and the limit', async () => {
    await writeFile(join(dir, 'big.txt'), new Uint8Array(3 * 1024 * 1024 + 1));
    expect(await readCaptureFile(join(dir, 'big.txt'), 2 * 1024 * 1024)).toEqual({
      ok: false,
      fileName: 'big.txt',
      error: 'it is 3.0 MB, over the 2 MB limit for a capture.',
    });
  });

  it('gives the reason once, without the file name the status line already shows', async () => {
    // Sparse: 80.5 MB on paper, nothing on disk.
    await writeFile(join(dir, 'big.txt'), '');
    await truncate(join(dir, 'big.txt'), 80.5 * 1024 * 1024);
    expect(await readCaptureFile(join(dir, 'big.txt'))).toEqual({
      ok: false,
      fileName: 'big.txt',
      error: 'it is 80.5 MB, over the 64 MB limit for a capture.',
    });
  });

  it('accepts a file exactly at the cap, and the default cap is 64 MB', async () => {
    await writeFile(join(dir, 'edge.txt'), new Uint8Array(1024));
    expect((await readCaptureFile(join(dir, 'edge.txt'), 1024)).ok).toBe(true);
    expect(MAX_CAPTURE_BYTES).toBe(64 * 1024 * 1024);
  });

  it('reports a missing file per file instead of throwing', async () => {
    expect(await readCaptureFile(join(dir, 'gone.txt'))).toEqual({
      ok: false,
      fileName: 'gone.txt',
      error: 'the file does not exist.',
    });
  });

  it('reports a folder', async () => {
    await mkdir(join(dir, 'captures'));
    expect(await readCaptureFile(join(dir, 'captures'))).toEqual({
      ok: false,
      fileName: 'captures',
      error: 'it is a folder, not a file.',
    });
  });

  it.runIf(process.platform !== 'win32')('refuses a named pipe without blocking on it', async () => {
    const fifo = join(dir, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await readCaptureFile(fifo)).toEqual({
      ok: false,
      fileName: 'pipe.txt',
      error: 'it is not a regular file.',
    });
  });

  it('reports a dangling symbolic link as missing', async () => {
    await symlink(join(dir, 'target.txt'), join(dir, 'link.txt'));
    expect(await readCaptureFile(join(dir, 'link.txt'))).toMatchObject({
      ok: false,
      error: 'the file does not exist.',
    });
  });

  it.runIf(process.platform !== 'win32')('reports a file it may not read', async () => {
    // Root reads any file regardless of its mode, so there the kernel's unreadable /proc/self/mem stands in.
    const asRoot = process.getuid?.() === 0;
    const path = asRoot ? '/proc/self/mem' : join(dir, 'locked.txt');
    if (!asRoot) {
      await writeFile(path, 'secret');
      await chmod(path, 0o000);
    }
    const read = await readCaptureFile(path);
    expect(read.ok).toBe(false);
    expect(read).toMatchObject({
      error: asRoot ? 'the disk reported an input/output error.' : 'permission denied.',
    });
  });
});
