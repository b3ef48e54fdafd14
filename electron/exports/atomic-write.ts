/**
 * Exports reach disk whole or not at all. A file goes through the snapshots' atomic writer (a
 * temporary file in the same folder, flushed, then renamed over the name); a folder is written
 * under a temporary name beside its final one and renamed into place once every file is flushed.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FolderFile } from '../../shared/ipc';
import { isFolderFilePath } from '../../shared/ipc/export-payloads';
import { nodeIo, writeFileAtomic, type AtomicWriteIo } from '../snapshots/atomic-write';

export { writeFileAtomic, nodeIo, isTemporaryName } from '../snapshots/atomic-write';
export type { AtomicWriteIo } from '../snapshots/atomic-write';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `files` as a new folder at `target`. An existing folder is never written into or
 * replaced (a vault there may hold the user's own notes); a failure leaves nothing behind.
 */
export async function writeFolderAtomic(target: string, files: readonly FolderFile[], io: AtomicWriteIo = nodeIo): Promise<void> {
  if (await exists(target)) throw new Error(`“${basename(target)}” already exists there. Choose a new name for the vault.`);
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);
  try {
    await mkdir(temporary);
    for (const file of files) {
      if (!isFolderFilePath(file.path)) throw new Error(`“${file.path}” is not a path inside the folder.`);
      const path = join(temporary, ...file.path.split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, file.text, io);
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}
