import { db as appDb, type LecternDB } from '../schema/database';
import { SearchEngine } from './engine';

/** Bumped whenever what the index holds, or how it is tokenised, changes: older indexes are rebuilt. */
export const INDEX_FORMAT = 2;

const META_KEY = 'meta';
const PENDING_KEY = 'pending';
const CHUNK_PREFIX = 'chunk:';

/** One row of the searchIndex table. */
export type SearchIndexRow =
  | { key: typeof META_KEY; format: number; documents: number; stamp: string; chunks: [name: string, hash: string][] }
  | { key: typeof PENDING_KEY; ids: number[] }
  | { key: `chunk:${string}`; data: string; hash: string };

/** What the database holds besides the abstracts themselves: a change here that the index missed means it is outdated. */
export async function libraryStamp(database: LecternDB = appDb): Promise<string> {
  const counts = await Promise.all([database.annotations.count(), database.notes.count(), database.abstractTags.count(), database.tags.count()]);
  return counts.join('/');
}

/** FNV-1a: enough to tell a chunk that changed from one that did not. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return `${(hash >>> 0).toString(36)}.${text.length}`;
}

export type LoadResult =
  | { engine: SearchEngine; pending: number[]; hashes: Map<string, string> }
  | { engine: null; reason: 'missing' | 'outdated' | 'corrupt' };

/**
 * The persisted index, or why it cannot be used: missing, outdated (another format, or the library
 * has other counts than when it was saved) or corrupt (a chunk missing or unreadable).
 */
export async function loadIndex(database: LecternDB = appDb): Promise<LoadResult> {
  const table = database.searchIndex;
  const [meta, pending, abstracts, stamp] = await Promise.all([table.get(META_KEY), table.get(PENDING_KEY), database.abstracts.count(), libraryStamp(database)]);
  if (meta === undefined || meta.key !== META_KEY) return { engine: null, reason: 'missing' };
  if (meta.format !== INDEX_FORMAT) return { engine: null, reason: 'outdated' };
  const pendingIds = pending?.key === PENDING_KEY ? pending.ids : [];
  // Pending changes may add or remove abstracts, so the counts only have to agree when there are none.
  if (pendingIds.length === 0 && (meta.documents !== abstracts || meta.stamp !== stamp)) return { engine: null, reason: 'outdated' };
  const rows = await table.bulkGet(meta.chunks.map(([name]) => `${CHUNK_PREFIX}${name}`));
  const chunks: [string, string][] = [];
  for (const [at, row] of rows.entries()) {
    const [name, hash] = meta.chunks[at] ?? ['', ''];
    if (row === undefined || !('data' in row) || row.hash !== hash) return { engine: null, reason: 'corrupt' };
    chunks.push([name, row.data]);
  }
  try {
    const engine = SearchEngine.fromChunks(chunks);
    if (engine.size !== meta.documents) return { engine: null, reason: 'corrupt' };
    return { engine, pending: pendingIds, hashes: new Map(meta.chunks) };
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
