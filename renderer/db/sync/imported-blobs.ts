import { isSha256 } from '../../../shared/sync/blob-manifest';
import type { LecternDB } from '../schema/database';

/** Device-local (a `sync.` key: backups leave it out): the blobs this library copy has imported, by SHA-256. */
const IMPORTED_KEY = 'sync.importedBlobs';

export async function importedBlobs(database: LecternDB): Promise<Set<string>> {
  const stored = (await database.meta.get(IMPORTED_KEY))?.value;
  if (typeof stored !== 'string') return new Set();
  try {
    const parsed: unknown = JSON.parse(stored);
    return new Set(Array.isArray(parsed) ? parsed.filter(isSha256) : []);
  } catch {
    return new Set();
  }
}

/** Remembers blobs as imported here, in one transaction (a read and a write of the same row). */
export async function markBlobsImported(database: LecternDB, sha256s: readonly string[]): Promise<void> {
  if (sha256s.length === 0) return;
  await database.transaction('rw', database.meta, async () => {
    const known = await importedBlobs(database);
    for (const sha256 of sha256s) known.add(sha256);
    await database.meta.put({ key: IMPORTED_KEY, value: JSON.stringify([...known]) });
  });
}
