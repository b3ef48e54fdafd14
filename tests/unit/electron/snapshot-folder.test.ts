/** The desktop app's snapshot folder, on real temporary folders. */
import { mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeIo, type AtomicWriteIo } from '../../../electron/snapshots/atomic-write';
import { createSnapshotFolder, NO_SUCH_SNAPSHOT } from '../../../electron/snapshots/folder';
import { backupBytes } from './fixtures/backup-bytes';

let root: string;
let dir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'lectern-snapshots-'));
  dir = join(root, 'userData', 'snapshots');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const folderFiles = async (): Promise<string[]> => (await readdir(dir)).sort();

/** Writes half of every file, then fails as a full disk would. */
const diskFullIo: AtomicWriteIo = {
  ...nodeIo,
  async create(path) {
    const handle = await open(path, 'wx');
    return {
      async write(data) {
        const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
        await handle.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
};

describe('the snapshot folder', () => {
  it('keeps a backup under a name saying when and why, lists its facts and gives back the same bytes', async () => {
    const folder = createSnapshotFolder(dir);
    const bytes = backupBytes('2026-12-04T18:05:09.123Z', 3);
    const saved = await folder.save(bytes, 'quit');
    expect(saved).toEqual({
      id: 'lectern-2026-12-04T18-05-09-123Z-quit.lectern',
      reason: 'quit',
      createdAt: '2026-12-04T18:05:09.123Z',
      bytes: bytes.byteLength,
      appVersion: '0.9.0',
      schemaVersion: 10,
      tables: { abstracts: 3, tags: 1 },
    });
    expect(await folderFiles()).toEqual([saved.id, `${saved.id}.json`]);
    expect(await folder.list()).toEqual([saved]);
    expect(await folder.read(saved.id)).toEqual(bytes);
  });

  it('lists newest first, whatever the reason', async () => {
    const folder = createSnapshotFolder(dir);
    await folder.save(backupBytes('2026-12-02T10:00:00Z'), 'periodic');
    await folder.save(backupBytes('2026-12-04T10:00:00Z'), 'before-restore');
    await folder.save(backupBytes('2026-12-03T10:00:00Z'), 'quit');
    expect((await folder.list()).map((info) => [info.createdAt.slice(0, 10), info.reason])).toEqual([
      ['2026-12-04', 'before-restore'],
      ['2026-12-03', 'quit'],
      ['2026-12-02', 'periodic'],
    ]);
  });

  it('lists nothing for a folder that does not exist yet', async () => {
    expect(await createSnapshotFolder(dir).list()).toEqual([]);
  });

  it('refuses bytes that are not a Lectern backup, and writes nothing', async () => {
    const folder = createSnapshotFolder(dir);
    const whole = backupBytes('2026-12-04T10:00:00Z');
    await expect(folder.save(new TextEncoder().encode('just some text'), 'quit')).rejects.toThrow(
      'The snapshot was not kept. It is not a Lectern backup: the file is not a complete zip archive.',
    );
    await expect(folder.save(zipSync({ 'notes.txt': new Uint8Array([1, 2, 3]) }), 'quit')).rejects.toThrow(
      'It is not a Lectern backup: the file holds no manifest.json.',
    );
    await expect(
      folder.save(zipSync({ 'manifest.json': new TextEncoder().encode('{"format":"other"}') }), 'quit'),
    ).rejects.toThrow('manifest.json does not describe a Lectern backup.');
    await expect(folder.save(whole.subarray(0, whole.length - 10), 'quit')).rejects.toThrow(
      'not a complete zip archive',
    );
    expect(await readdir(dir).catch(() => [])).toEqual([]);
  });

  it('applies the rotation on every save: the newest of the last 7 days and 4 weeks stay, safety snapshots too', async () => {
    const folder = createSnapshotFolder(dir);
    const safety = await folder.save(backupBytes('2026-11-01T08:00:00Z'), 'before-repair');
    for (let day = 1; day <= 10; day++)
      await folder.save(backupBytes(`2026-12-${String(day).padStart(2, '0')}T12:00:00Z`), 'quit');
    const kept = await folder.list();
    // Dec 4–10 are the last seven days; the week of Nov 30 is kept by its newest (Dec 6), so Dec 1–3 go.
    expect(kept.map((info) => info.createdAt.slice(0, 10))).toEqual([
      '2026-12-10',
      '2026-12-09',
      '2026-12-08',
      '2026-12-07',
      '2026-12-06',
      '2026-12-05',
      '2026-12-04',
      '2026-11-01',
    ]);
    expect(kept.at(-1)).toEqual(safety);
    const files = await folderFiles();
    expect(files).toHaveLength(16);
    expect(files.some((name) => name.includes('2026-12-03'))).toBe(false);
  });

  it('rebuilds a missing, damaged or stale sidecar from the manifest in the zip', async () => {
    const folder = createSnapshotFolder(dir);
    const saved = await folder.save(backupBytes('2026-12-04T10:00:00Z', 5), 'periodic');
    const sidecar = join(dir, `${saved.id}.json`);

    await rm(sidecar);
    expect(await folder.list()).toEqual([saved]);
    expect(JSON.parse(await readFile(sidecar, 'utf8'))).toEqual(saved);

    await writeFile(sidecar, '{"id": "lectern-2026-12-04T10-0');
    expect(await folder.list()).toEqual([saved]);

    await writeFile(sidecar, JSON.stringify({ ...saved, bytes: 12, tables: { abstracts: 999 } }));
    expect(await folder.list()).toEqual([saved]);
    expect(JSON.parse(await readFile(sidecar, 'utf8'))).toEqual(saved);
  });

  it('leaves out, but never deletes, a snapshot whose manifest cannot be read, and ignores other files', async () => {
    const folder = createSnapshotFolder(dir);
    await mkdir(dir, { recursive: true });
    const damaged = 'lectern-2026-12-01T10-00-00-000Z-quit.lectern';
    await writeFile(join(dir, damaged), 'PK not really a zip');
    await writeFile(join(dir, 'readme.txt'), 'mine');
    const saved = await folder.save(backupBytes('2026-12-04T10:00:00Z'), 'quit');
    expect(await folder.list()).toEqual([saved]);
    expect(await folderFiles()).toEqual([damaged, saved.id, `${saved.id}.json`, 'readme.txt'].sort());
    await expect(folder.read(damaged)).rejects.toThrow(NO_SUCH_SNAPSHOT);
  });

  it('reads only snapshots it listed: no paths, no climbing out, no sidecars, no other files', async () => {
    const folder = createSnapshotFolder(dir);
    const saved = await folder.save(backupBytes('2026-12-04T10:00:00Z'), 'quit');
    // A real backup just outside the folder, named like a snapshot.
    const outside = 'lectern-2026-12-05T10-00-00-000Z-quit.lectern';
    await writeFile(join(dir, '..', outside), backupBytes('2026-12-05T10:00:00Z'));
    await writeFile(join(dir, 'secret.txt'), 'private');
    for (const id of [
      `../${outside}`,
      `..\\${outside}`,
      join(dir, '..', outside),
      `${saved.id}/../../${outside}`,
      `./${saved.id}`,
      `${saved.id}.json`,
      'secret.txt',
      '..',
      '',
      'lectern-2026-12-06T10-00-00-000Z-quit.lectern',
    ])
      await expect(folder.read(id), id).rejects.toThrow(NO_SUCH_SNAPSHOT);
    expect((await folder.read(saved.id)).byteLength).toBe(saved.bytes);
  });

  it('never leaves a half-written snapshot or a temporary file when a write fails', async () => {
    const failing = createSnapshotFolder(dir, diskFullIo);
    await expect(failing.save(backupBytes('2026-12-04T10:00:00Z'), 'quit')).rejects.toThrow('ENOSPC');
    expect(await folderFiles()).toEqual([]);
    expect(await failing.list()).toEqual([]);
  });

  it('ignores what a crash left behind, and clears it on the next save', async () => {
    await mkdir(dir, { recursive: true });
    const bytes = backupBytes('2026-12-04T10:00:00Z');
    const leftover = '.lectern-2026-12-04T10-00-00-000Z-quit.lectern.0b6d-4d1e.tmp';
    await writeFile(join(dir, leftover), bytes.subarray(0, 100));
    const orphan = 'lectern-2026-11-30T10-00-00-000Z-quit.lectern.json';
    await writeFile(join(dir, orphan), '{}');
    const folder = createSnapshotFolder(dir);
    expect(await folder.list()).toEqual([]);
    const saved = await folder.save(bytes, 'quit');
    expect(await folderFiles()).toEqual([saved.id, `${saved.id}.json`]);
  });

  it('keeps saves in order when they overlap', async () => {
    const folder = createSnapshotFolder(dir);
    await Promise.all(
      ['2026-12-01', '2026-12-02', '2026-12-03'].map((day) =>
        folder.save(backupBytes(`${day}T10:00:00Z`), 'quit'),
      ),
    );
    expect((await folder.list()).map((info) => info.createdAt.slice(0, 10))).toEqual([
      '2026-12-03',
      '2026-12-02',
      '2026-12-01',
    ]);
    expect(await folderFiles()).toHaveLength(6);
  });
});
