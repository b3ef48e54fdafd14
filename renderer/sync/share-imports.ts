import { screenFiles } from '../db/import/screen-files';
import { db as appDb, type LecternDB } from '../db/schema/database';
import { getSyncSettings } from '../db/settings/sync-settings';
import { queueOutgoingBlobs } from '../db/sync/blob-outbox';
import { markBlobsImported } from '../db/sync/imported-blobs';
import type { ReadFile } from '../host/types';
import { sha256Hex } from '../../shared/import/hash';

/**
 * The bytes the import read: kept by the host, or read again (the desktop app) and then only if they still hash to
 * what was imported, so a file changed on disk since is not shared under the old file's hash.
 */
async function bytesAsImported(file: ReadFile): Promise<Uint8Array | null> {
  if (file.rawBytes !== undefined) return file.rawBytes;
  const bytes = (await file.readBytes?.()) ?? null;
  if (bytes === null) return null;
  if ((await sha256Hex(bytes)) === file.contentHash) return bytes;
  console.warn(`sync files: ${file.fileName} changed on disk since it was imported; it is not shared`);
  return null;
}

/**
 * After a user's import, with sync set up (connected or not): the files it accepted wait in the outbox for upload,
 * and count as imported on this device. Resolves to how many were queued. Without sync set up nothing is kept:
 * the app does not hold on to the bytes of imported files.
 */
export async function queueImportedFilesForSync(files: readonly ReadFile[], database: LecternDB = appDb, now = Date.now()): Promise<number> {
  if ((await getSyncSettings(database)) === null) return 0;
  const accepted = new Set<unknown>(screenFiles(files).accepted);
  const outgoing: { sha256: string; fileName: string; importedAt: number; bytes: Uint8Array }[] = [];
  for (const file of files) {
    if (!accepted.has(file)) continue;
    const bytes = await bytesAsImported(file);
    if (bytes !== null) outgoing.push({ sha256: file.contentHash, fileName: file.fileName, importedAt: now, bytes });
  }
  await database.transaction('rw', database.meta, async () => {
    await queueOutgoingBlobs(database, outgoing);
    await markBlobsImported(database, outgoing.map((blob) => blob.sha256));
  });
  return outgoing.length;
}
