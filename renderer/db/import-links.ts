import type { EntityTable } from 'dexie';
import type { LecternDB } from './database';
import type { LinkRow } from './link-types';
import { addMissingPairs, samePagePairs } from './links-same-page';
import { queryAbstractsInCapture } from './queries';

/** The links table, or null on a database opened below version 4 (upgrade tests). */
export function linksTableOf(database: LecternDB): EntityTable<LinkRow, 'id'> | null {
  return database.tables.some((table) => table.name === 'links') ? database.links : null;
}

/**
 * Links each imported page's main abstract to the others on it ("on the same page", origin
 * "import"). Runs inside the import's transaction, whose scope must include links; idempotent.
 */
export async function linkImportedPages(database: LecternDB, captureHashes: readonly string[], now: number): Promise<number> {
  const links = linksTableOf(database);
  if (links === null || captureHashes.length === 0) return 0;
  const pages = await Promise.all([...new Set(captureHashes)].map((hash) => queryAbstractsInCapture(database, hash)));
  return addMissingPairs(links, samePagePairs(pages.flat(), new Set(captureHashes)), now);
}

