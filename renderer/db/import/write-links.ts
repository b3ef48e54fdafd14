import type { EntityTable } from 'dexie';
import { db as appDb, type LecternDB } from '../schema/database';
import type { LinkRow } from '../links/rows';
import { inChunks } from './in-chunks';
import { addMissingPairs, samePagePairs, type PagedAbstract } from '../links/same-page';

/** The links table, or null on a database opened below version 4 (upgrade tests). */
export function linksTableOf(database: LecternDB = appDb): EntityTable<LinkRow, 'id'> | null {
  return database.tables.some((table) => table.name === 'links') ? database.links : null;
}

/**
 * Links each imported page's main abstract to the others on it ("on the same page", origin
 * "import"). Runs inside the import's transaction, whose scope must include links; idempotent.
 * `written` holds the abstracts this transaction wrote, as written: they are not read back.
 */
export async function linkImportedPages(
  captureHashes: readonly string[],
  now: number,
  database: LecternDB = appDb,
  written: ReadonlyMap<number, PagedAbstract> = new Map(),
): Promise<number> {
  const links = linksTableOf(database);
  if (links === null || captureHashes.length === 0) return 0;
  const pages: PagedAbstract[] = [];
  for (const hash of new Set(captureHashes)) pages.push(...(await abstractsOnPage(database, hash, written)));
  return addMissingPairs(links, samePagePairs(pages, new Set(captureHashes)), now);
}

/** The ids and sources of the abstracts a capture lists, in id order; those not in `written` read in chunks, without their texts. */
async function abstractsOnPage(database: LecternDB, hash: string, written: ReadonlyMap<number, PagedAbstract>): Promise<PagedAbstract[]> {
  const ids = await database.abstractKeys.where('captureHashes').equals(hash).primaryKeys();
  const unread = ids.filter((id) => !written.has(id));
  const read = new Map<number, PagedAbstract>();
  for (const row of await inChunks(unread, (chunk) => database.abstracts.bulkGet(chunk))) {
    if (row !== undefined) read.set(row.id, { id: row.id, sources: row.sources });
  }
  return ids.flatMap((id) => {
    const row = written.get(id) ?? read.get(id);
    return row === undefined ? [] : [row];
  });
}

