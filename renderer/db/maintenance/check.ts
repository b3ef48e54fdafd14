// The maintenance domain owns "Check library": finding the rows a bug or a crash left without what they belong to, and the undoable repair.

import { db as appDb, type LecternDB } from '../schema/database';
import { persistedIndexState } from '../search/persisted-index';
import { CHECKED_TABLES, findOrphans, orphanCounts, type OrphanKeys } from './orphans';
import type { LibraryCheckReport, SearchIndexState } from './report';

/** The search index's state; a library with no abstracts needs no index, so one that is missing is fine. */
export async function searchIndexState(database: LecternDB): Promise<SearchIndexState> {
  const state = await persistedIndexState(database);
  return state === 'missing' && (await database.abstracts.count()) === 0 ? 'ok' : state;
}

/** The orphans and the index's state, read inside the caller's transaction over CHECKED_TABLES. */
export async function inspectLibrary(database: LecternDB): Promise<{ found: OrphanKeys; report: LibraryCheckReport }> {
  const found = await findOrphans(database);
  const searchIndex = await searchIndexState(database);
  return { found, report: { orphans: orphanCounts(found), searchIndex } };
}

/** Counts what a repair would remove, by kind, and judges the search index; one read transaction, so the counts agree. */
export async function checkLibrary(database: LecternDB = appDb): Promise<LibraryCheckReport> {
  return database.transaction('r', CHECKED_TABLES, async () => (await inspectLibrary(database)).report);
}
