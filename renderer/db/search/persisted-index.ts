import { db as appDb, type LecternDB } from '../schema/database';

// The persisted index's rows and their checks, apart from the engine so the page can tell whether
// the index is usable without loading FlexSearch.

/** Bumped whenever what the index holds, or how it is tokenised, changes: older indexes are rebuilt. */
export const INDEX_FORMAT = 3;

export const META_KEY = 'meta';
export const PENDING_KEY = 'pending';
export const CHUNK_PREFIX = 'chunk:';

/** One row of the searchIndex table. */
export type SearchIndexRow =
  | { key: typeof META_KEY; format: number; documents: number; stamp: string; chunks: [name: string, hash: string][] }
  | { key: typeof PENDING_KEY; ids: number[] }
  | { key: `chunk:${string}`; data: string; hash: string };

/** Why a persisted index cannot be used. */
export type IndexProblem = 'missing' | 'outdated' | 'corrupt';

/** What the database holds besides the abstracts themselves: a change here that the index missed means it is outdated. */
export async function libraryStamp(database: LecternDB = appDb): Promise<string> {
  const counts = await Promise.all([database.annotations.count(), database.notes.count(), database.abstractTags.count(), database.tags.count()]);
  return counts.join('/');
}

/** FNV-1a: enough to tell a chunk that changed from one that did not. */
export function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return `${(hash >>> 0).toString(36)}.${text.length}`;
}

type MetaRow = Extract<SearchIndexRow, { key: typeof META_KEY }>;

/** The index's meta row and pending list, or why the index is missing or outdated, judged without reading its chunks. */
async function readIndexHead(database: LecternDB): Promise<{ problem: null; meta: MetaRow; pending: number[] } | { problem: IndexProblem }> {
  const table = database.searchIndex;
  // One read after another: a branch of Promise.all that awaits loses the caller's transaction.
  const meta = await table.get(META_KEY);
  const pending = await table.get(PENDING_KEY);
  const abstracts = await database.abstracts.count();
  const stamp = await libraryStamp(database);
  if (meta === undefined || meta.key !== META_KEY) return { problem: 'missing' };
  if (meta.format !== INDEX_FORMAT) return { problem: 'outdated' };
  const pendingIds = pending?.key === PENDING_KEY ? pending.ids : [];
  // Pending changes may add or remove abstracts, so the counts only have to agree when there are none.
  if (pendingIds.length === 0 && (meta.documents !== abstracts || meta.stamp !== stamp)) return { problem: 'outdated' };
  return { problem: null, meta, pending: pendingIds };
}

export type PersistedIndex =
  | { problem: null; documents: number; pending: number[]; chunks: [name: string, data: string][]; hashes: Map<string, string> }
  | { problem: IndexProblem };

/**
 * The persisted index's chunks, or why they cannot be used: missing, outdated (another format, or
 * the library has other counts than when it was saved) or corrupt (a chunk missing or changed).
 */
export async function readPersistedIndex(database: LecternDB = appDb): Promise<PersistedIndex> {
  const head = await readIndexHead(database);
  if (head.problem !== null) return head;
  const { meta } = head;
  const rows = await database.searchIndex.bulkGet(meta.chunks.map(([name]) => `${CHUNK_PREFIX}${name}`));
  const chunks: [string, string][] = [];
  for (const [at, row] of rows.entries()) {
    const [name, hash] = meta.chunks[at] ?? ['', ''];
    if (row === undefined || !('data' in row) || row.hash !== hash) return { problem: 'corrupt' };
    chunks.push([name, row.data]);
  }
  return { problem: null, documents: meta.documents, pending: head.pending, chunks, hashes: new Map(meta.chunks) };
}

/**
 * Whether the persisted index is usable, from its keys alone (a large library's chunks are many
 * megabytes): a chunk that is missing makes it corrupt; one whose contents changed shows only when
 * the search worker loads it, and then it is rebuilt.
 */
export async function persistedIndexState(database: LecternDB = appDb): Promise<IndexProblem | 'ok'> {
  const head = await readIndexHead(database);
  if (head.problem !== null) return head.problem;
  const stored = new Set(await database.searchIndex.where('key').startsWith(CHUNK_PREFIX).primaryKeys());
  return head.meta.chunks.every(([name]) => stored.has(`${CHUNK_PREFIX}${name}`)) ? 'ok' : 'corrupt';
}

/** Drops the persisted index inside the caller's transaction; the search worker then has to rebuild it. */
export async function discardPersistedIndex(database: LecternDB = appDb): Promise<void> {
  await database.searchIndex.clear();
}
