import * as Y from 'yjs';
import { documentName, ROW_SHARD_COUNT } from '../../shared/sync';

const docsByLibrary = new Map<string, ReadonlyMap<string, Y.Doc>>();

/**
 * The one seam between the connection and the library's data: the documents to sync for a library. Until the
 * Dexie↔Yjs bridge lands these are the meta document and the 64 row shards, empty and kept for the session; the
 * bridge's replica will provide them instead.
 */
export function librarySyncDocs(libraryId: string): ReadonlyMap<string, Y.Doc> {
  const known = docsByLibrary.get(libraryId);
  if (known !== undefined) return known;
  const docs = new Map<string, Y.Doc>();
  docs.set(documentName({ libraryId, kind: 'meta' }), new Y.Doc());
  for (let shard = 0; shard < ROW_SHARD_COUNT; shard += 1) {
    docs.set(documentName({ libraryId, kind: 'rows', shard }), new Y.Doc());
  }
  docsByLibrary.set(libraryId, docs);
  return docs;
}
