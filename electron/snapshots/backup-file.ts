/** Saves a backup the user asked for where they chose in the Save dialog, atomically. */
import { BackupError } from '../../shared/backup/errors';
import type { SavedBackupFile } from '../../shared/ipc';
import { nodeIo, writeFileAtomic, type AtomicWriteIo } from './atomic-write';
import { readBackupManifest } from '../../shared/backup/read-manifest';

/**
 * Only a Lectern backup is written, and only to the path the dialog returns: the page suggests a
 * file name, never a folder. `choosePath` resolves with null when the dialog is cancelled.
 */
export async function saveBackupFile(
  bytes: Uint8Array,
  choosePath: () => Promise<string | null>,
  io: AtomicWriteIo = nodeIo,
): Promise<SavedBackupFile> {
  try {
    readBackupManifest(bytes);
  } catch (error) {
    const why = error instanceof BackupError ? error.message : String(error);
    throw new BackupError(`The backup was not saved. ${why}`);
  }
  const path = await choosePath();
  if (path === null) return { saved: false };
  await writeFileAtomic(path, bytes, io);
  return { saved: true, path };
}
