import { screenFiles } from '../db/import/screen-files';
import { db as appDb, type LecternDB } from '../db/schema/database';
import { getSyncSettings } from '../db/settings/sync-settings';
import { queueOutgoingBlobs } from '../db/sync/blob-outbox';
import { markBlobsImported } from '../db/sync/imported-blobs';
import type { ReadFile } from '../host/types';

/**
 * After a user's import, with sync set up (connected or not): the files it accepted wait in the outbox for upload,
 * and count as imported on this device. Resolves to how many were queued. Without sync set up nothing is kept:
 * the app does not hold on to the bytes of imported files.
 */
export async function queueImportedFilesForSync(files: readonly ReadFile[], database: LecternDB = appDb, now = Date.now()): Promise<number> {
  if ((await getSyncSettings(database)) === null) return 0;
  const accepted = new Set<unknown>(screenFiles(files).accepted);
  const outgoing = files.flatMap((file) =>
    accepted.has(file) && file.rawBytes !== undefined
      ? [{ sha256: file.contentHash, fileName: file.fileName, importedAt: now, bytes: file.rawBytes }]
      : [],
  );
  await database.transaction('rw', database.meta, async () => {
    await queueOutgoingBlobs(database, outgoing);
    await markBlobsImported(database, outgoing.map((blob) => blob.sha256));
  });
  return outgoing.length;
}
