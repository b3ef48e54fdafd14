import { db as appDb, type LecternDB } from '../schema/database';
import { SearchEngine } from './engine';
import { CHUNK_PREFIX, hashOf, INDEX_FORMAT, libraryStamp, META_KEY, PENDING_KEY, readPersistedIndex, type SearchIndexRow } from './persisted-index';

export { INDEX_FORMAT, libraryStamp, type SearchIndexRow } from './persisted-index';

export type LoadResult =
  | { engine: SearchEngine; pending: number[]; hashes: Map<string, string> }
  | { engine: null; reason: 'missing' | 'outdated' | 'corrupt' };

/**
 * The persisted index, or why it cannot be used: missing, outdated (another format, or the library
 * has other counts than when it was saved) or corrupt (a chunk missing or unreadable).
 */
export async function loadIndex(database: LecternDB = appDb): Promise<LoadResult> {
  const persisted = await readPersistedIndex(database);
  if (persisted.problem !== null) return { engine: null, reason: persisted.problem };
  try {
    const engine = SearchEngine.fromChunks(persisted.chunks);
    if (engine.size !== persisted.documents) return { engine: null, reason: 'corrupt' };
    return { engine, pending: persisted.pending, hashes: persisted.hashes };
  } catch {
    return { engine: null, reason: 'corrupt' };
  }
}

/**
 * Saves the engine, writing only the chunks whose content changed since `saved` (their hashes) and
 * clearing the pending list, in one transaction. Returns the hashes now stored.
 */
export async function saveIndex(engine: SearchEngine, saved: ReadonlyMap<string, string>, database: LecternDB = appDb): Promise<Map<string, string>> {
  const chunks = engine.exportChunks();
  const hashes = new Map(chunks.map(([name, data]) => [name, hashOf(data)]));
  const changed = chunks.filter(([name]) => saved.get(name) !== hashes.get(name));
  const gone = [...saved.keys()].filter((name) => !hashes.has(name));
  const stamp = await libraryStamp(database);
  await database.transaction('rw', database.searchIndex, async () => {
    await database.searchIndex.bulkDelete(gone.map((name) => `${CHUNK_PREFIX}${name}`));
    await database.searchIndex.bulkPut(changed.map(([name, data]): SearchIndexRow => ({ key: `${CHUNK_PREFIX}${name}`, data, hash: hashes.get(name) ?? '' })));
    await database.searchIndex.put({ key: META_KEY, format: INDEX_FORMAT, documents: engine.size, stamp, chunks: [...hashes] });
    await database.searchIndex.delete(PENDING_KEY);
  });
  return hashes;
}

/** Remembers abstracts changed since the last save, so a restart before the next save re-indexes them. */
export async function addPending(ids: readonly number[], database: LecternDB = appDb): Promise<void> {
  await database.transaction('rw', database.searchIndex, async () => {
    const row = await database.searchIndex.get(PENDING_KEY);
    const known = new Set(row?.key === PENDING_KEY ? row.ids : []);
    for (const id of ids) known.add(id);
    await database.searchIndex.put({ key: PENDING_KEY, ids: [...known] });
  });
}
