import type * as Y from 'yjs';
import { BLOB_MANIFEST_MAP, checkManifestEntry, type BlobManifestEntry } from '../../../shared/sync/blob-manifest';

/** The meta doc's manifest of imported files. Get it before any remote update arrives (see SyncReplica). */
export function blobManifestOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(BLOB_MANIFEST_MAP);
}

/** Every valid entry; a malformed one is reported and skipped. */
export function readBlobManifest(doc: Y.Doc, report: (problem: string) => void): BlobManifestEntry[] {
  const entries: BlobManifestEntry[] = [];
  blobManifestOf(doc).forEach((value, key) => {
    const checked = checkManifestEntry(key, value);
    if (checked.ok) entries.push(checked.entry);
    else report(checked.problem);
  });
  return entries;
}

/**
 * Lists a file; one already listed keeps its entry (the same bytes from another device are the same file). Call it
 * inside a transaction of the caller's origin, so the bridge stores the update.
 */
export function addBlobManifestEntry(doc: Y.Doc, entry: BlobManifestEntry): void {
  const manifest = blobManifestOf(doc);
  if (checkManifestEntry(entry.sha256, manifest.get(entry.sha256)).ok) return;
  const problem = checkManifestEntry(entry.sha256, entry);
  if (!problem.ok) throw new Error(problem.problem);
  manifest.set(entry.sha256, { ...entry });
}
