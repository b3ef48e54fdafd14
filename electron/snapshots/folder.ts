/**
 * The desktop app's snapshot folder: whole .lectern backups the renderer made, each with a sidecar
 * holding its facts. Main stores, rotates, lists and reads them; nothing outside this folder, and
 * no name it did not list itself, is ever touched.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BackupError } from '../../shared/backup/errors';
import { snapshotsToDelete } from '../../shared/backup/rotation';
import type { SnapshotInfo, SnapshotReason } from '../../shared/backup/snapshots';
import { isTemporaryName, nodeIo, writeFileAtomic, type AtomicWriteIo } from './atomic-write';
import { readBackupManifest } from '../../shared/backup/read-manifest';
import { reasonOfSnapshotName, sidecarName, snapshotFileName, snapshotOfSidecar } from './names';
import { parseSidecar, snapshotInfo } from './sidecar';

export interface SnapshotFolder {
  /** Every readable snapshot, newest first. */
  list(): Promise<SnapshotInfo[]>;
  /** Keeps a .lectern backup and applies the rotation; refuses bytes that are not a Lectern backup. */
  save(bytes: Uint8Array, reason: SnapshotReason): Promise<SnapshotInfo>;
  /** The bytes of a listed snapshot. */
  read(id: string): Promise<Uint8Array<ArrayBuffer>>;
}

export const NO_SUCH_SNAPSHOT = 'That snapshot is no longer kept.';

const newestFirst = (a: SnapshotInfo, b: SnapshotInfo): number =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

export function createSnapshotFolder(dir: string, io: AtomicWriteIo = nodeIo): SnapshotFolder {
  // One operation at a time: a save's clean-up must never remove a file another call is writing.
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  async function names(): Promise<string[]> {
    try {
      return await readdir(dir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  /** The sidecar's facts when it still fits the file; else the manifest's, written back as a new sidecar. */
  async function infoOf(name: string, reason: SnapshotReason): Promise<SnapshotInfo | null> {
    const path = join(dir, name);
    const file = await stat(path).catch(() => null);
    if (!file?.isFile()) return null;
    const sidecar = await readFile(join(dir, sidecarName(name)), 'utf8').catch(() => null);
    const kept = sidecar === null ? null : parseSidecar(sidecar, name, reason, file.size);
    if (kept) return kept;
    let info: SnapshotInfo;
    try {
      const bytes = await readFile(path);
      info = snapshotInfo(name, reason, bytes.byteLength, readBackupManifest(bytes));
    } catch {
      // Unreadable now, but perhaps by a newer Lectern: left in place, only not offered.
      return null;
    }
    await writeFileAtomic(join(dir, sidecarName(name)), JSON.stringify(info), io).catch(() => undefined);
    return info;
  }

  async function listNow(): Promise<SnapshotInfo[]> {
    const found = await Promise.all(
      (await names()).map(async (name) => {
        const reason = reasonOfSnapshotName(name);
        return reason === null ? null : infoOf(name, reason);
      }),
    );
    return found.filter((info): info is SnapshotInfo => info !== null).sort(newestFirst);
  }

  async function remove(name: string): Promise<void> {
    await rm(join(dir, name), { force: true });
    await rm(join(dir, sidecarName(name)), { force: true });
  }

  /** What a crash can leave behind: temporary files, and sidecars whose snapshot is gone. */
  async function removeLeftovers(): Promise<void> {
    const present = await names();
    const snapshots = new Set(present.filter((name) => reasonOfSnapshotName(name) !== null));
    const leftovers = present.filter((name) => {
      if (isTemporaryName(name)) return true;
      const owner = snapshotOfSidecar(name);
      return owner !== null && !snapshots.has(owner);
    });
    await Promise.all(leftovers.map((name) => rm(join(dir, name), { force: true })));
  }

  return {
    list: () => oneAtATime(listNow),

    save: (bytes, reason) =>
      oneAtATime(async () => {
        let manifest;
        try {
          manifest = readBackupManifest(bytes);
        } catch (error) {
          const why = error instanceof BackupError ? error.message : String(error);
          throw new BackupError(`The snapshot was not kept. ${why}`);
        }
        const name = snapshotFileName(manifest.createdAt, reason);
        await mkdir(dir, { recursive: true });
        await removeLeftovers();
        const info = snapshotInfo(name, reason, bytes.byteLength, manifest);
        await writeFileAtomic(join(dir, name), bytes, io);
        await writeFileAtomic(join(dir, sidecarName(name)), JSON.stringify(info), io);
        const expired = snapshotsToDelete(await listNow()).filter((id) => id !== name);
        for (const id of expired) await remove(id);
        return info;
      }),

    read: (id) =>
      oneAtATime(async () => {
        // Only a name the listing offers: never a path, never a file the folder did not make.
        if (reasonOfSnapshotName(id) === null) throw new Error(NO_SUCH_SNAPSHOT);
        const listed = (await listNow()).some((info) => info.id === id);
        if (!listed) throw new Error(NO_SUCH_SNAPSHOT);
        const bytes = await readFile(join(dir, id));
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      }),
  };
}
