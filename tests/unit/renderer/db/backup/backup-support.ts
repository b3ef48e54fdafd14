import type { BackupManifest } from '../../../../../shared/backup/format';
import { writeLibraryBackup, type WriteBackupOptions } from '../../../../../renderer/db/backup/write-backup';
import type { LecternDB } from '../../../../../renderer/db/schema/database';

/** A library's backup as one byte array, with its manifest. */
export async function backupBytes(database: LecternDB, options: WriteBackupOptions = {}): Promise<{ bytes: Uint8Array; manifest: BackupManifest }> {
  const parts: Uint8Array[] = [];
  const manifest = await writeLibraryBackup((chunk) => parts.push(chunk), options, database);
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { bytes, manifest };
}

/** The bytes as a file reader would hand them over: in pieces of `size`. */
export async function* inPieces(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield await Promise.resolve(bytes.subarray(at, at + size));
}
