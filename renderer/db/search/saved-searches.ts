import { useLiveQuery } from 'dexie-react-hooks';
import { db as appDb, type LecternDB } from '../schema/database';
import type { Reversible } from '../undo/reversible';
import type { SavedSearchRow } from './saved-search-types';
import { randomUid } from '../../../shared/sync/uids';

export type { SavedSearchRow };

function clean(text: string, what: string): string {
  const tidy = text.trim().replace(/\s+/gu, ' ');
  if (tidy === '') throw new Error(`A saved search needs ${what}.`);
  return tidy;
}

async function savedById(database: LecternDB, id: number): Promise<SavedSearchRow> {
  const row = await database.savedSearches.get(id);
  if (row === undefined) throw new Error(`Saved search ${id} does not exist.`);
  return row;
}

/** Undo puts `before` back (or deletes `after` when there was none); redo the reverse. Each one transaction. */
function reversible(database: LecternDB, before: SavedSearchRow | null, after: SavedSearchRow | null): Reversible {
  const write = (from: SavedSearchRow | null, to: SavedSearchRow | null) => () =>
    database.transaction('rw', database.savedSearches, async () => {
      if (to) await database.savedSearches.put(to);
      else if (from) await database.savedSearches.delete(from.id);
    });
  return { undo: write(after, before), redo: write(before, after) };
}

/** Saves `query` as a smart collection, named `name` or, by default, the query itself. */
export async function createSavedSearch(
  query: string,
  name?: string,
  database: LecternDB = appDb,
): Promise<Reversible & { id: number }> {
  const cleanQuery = clean(query, 'a query');
  const fields = { uid: randomUid(), name: clean(name ?? cleanQuery, 'a name'), query: cleanQuery, createdAt: Date.now() };
  const id = await database.transaction('rw', database.savedSearches, () => database.savedSearches.add(fields));
  const row: SavedSearchRow = { ...fields, id };
  return { ...reversible(database, null, row), id };
}

export async function renameSavedSearch(id: number, name: string, database: LecternDB = appDb): Promise<Reversible> {
  const cleanName = clean(name, 'a name');
  return database.transaction('rw', database.savedSearches, async () => {
    const before = await savedById(database, id);
    const after = { ...before, name: cleanName };
    await database.savedSearches.put(after);
    return reversible(database, before, after);
  });
}

export async function deleteSavedSearch(id: number, database: LecternDB = appDb): Promise<Reversible> {
  return database.transaction('rw', database.savedSearches, async () => {
    const before = await savedById(database, id);
    await database.savedSearches.delete(id);
    return reversible(database, before, null);
  });
}

/** Every saved search, oldest first (the order they were saved in). */
export function listSavedSearches(database: LecternDB = appDb): Promise<SavedSearchRow[]> {
  return database.savedSearches.orderBy('createdAt').toArray();
}

export function useSavedSearches(): SavedSearchRow[] | undefined {
  return useLiveQuery(() => listSavedSearches(), []);
}
