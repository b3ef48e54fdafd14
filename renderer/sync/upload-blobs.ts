import type { BlobManifestEntry } from '../../shared/sync/blob-manifest';
import type { LecternDB } from '../db/schema/database';
import { outgoingBlob, outgoingBlobHashes, removeOutgoingBlob } from '../db/sync/blob-outbox';

export interface BlobUploadDependencies {
  database: LecternDB;
  deviceId: string;
  /** Stores the bytes on the server; resolves to their SHA-256. */
  upload: (bytes: Uint8Array) => Promise<string>;
  /** Lists the uploaded file in the library's manifest. */
  list: (entry: BlobManifestEntry) => Promise<void>;
  report: (problem: string) => void;
}

/**
 * Sends the files waiting in the outbox, oldest first, and lists each in the manifest only once the server holds
 * it, so another device never looks for bytes that are not there. Stops at the first failure (offline, the server
 * down): the rest wait for the next try. Resolves to how many still wait.
 */
export async function uploadQueuedBlobs(dependencies: BlobUploadDependencies): Promise<number> {
  const { database, report } = dependencies;
  const hashes = await outgoingBlobHashes(database);
  for (const [index, sha256] of hashes.entries()) {
    const blob = await outgoingBlob(database, sha256);
    if (blob === null) continue;
    try {
      const stored = await dependencies.upload(blob.bytes);
      if (stored !== sha256) {
        report(`“${blob.fileName}” was not shared: its bytes changed since it was imported.`);
        await removeOutgoingBlob(database, sha256);
        continue;
      }
    } catch (error) {
      report(`“${blob.fileName}” waits to be shared: ${error instanceof Error ? error.message : String(error)}`);
      return hashes.length - index;
    }
    await dependencies.list({
      sha256,
      fileName: blob.fileName,
      size: blob.bytes.length,
      importedAt: blob.importedAt,
      device: dependencies.deviceId,
    });
    await removeOutgoingBlob(database, sha256);
  }
  return 0;
}
