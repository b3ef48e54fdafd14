import { db as appDb, type LecternDB } from '../schema/database';
import { queryFilterSet, libraryOrder } from '../organize/filters';
import { tagByPath } from '../tags/store';
import { searchClient } from '../search/search-client';
import type { RecordSelection } from '../../../shared/screening/types';

/** Runs a search query and resolves with the matching abstract ids; the app's search worker by default. */
export type RunSearch = (query: string) => Promise<number[]>;

const workerSearch: RunSearch = async (query) => (await searchClient().query(query)).ids;

/**
 * The abstracts a selection stands for, in the library's oldest-first order: the whole library, a
 * tag with its descendants, a source file, a reading list, or a search's results. A tag or list
 * that no longer exists selects nothing.
 */
export async function resolveSelection(selection: RecordSelection, database: LecternDB = appDb, runSearch: RunSearch = workerSearch): Promise<number[]> {
  const oldestFirst = await libraryOrder('added', database).then((ids) => ids.reverse());
  const kept = (ids: Iterable<number>): number[] => {
    const wanted = new Set(ids);
    return oldestFirst.filter((id) => wanted.has(id));
  };
  switch (selection.kind) {
    case 'library':
      return oldestFirst;
    case 'tag': {
      const tag = await tagByPath(selection.path, database);
      return tag === undefined ? [] : kept((await queryFilterSet({ tagId: tag.id }, database)) ?? []);
    }
    case 'source':
      return kept((await queryFilterSet({ captureHash: selection.captureHash }, database)) ?? []);
    case 'list':
      return kept((await queryFilterSet({ listId: selection.listId }, database)) ?? []);
    case 'search':
      return kept(await runSearch(selection.query));
  }
}

/** The abstracts of several selections together (each once), oldest first. */
export async function resolveSelections(selections: readonly RecordSelection[], database: LecternDB = appDb, runSearch: RunSearch = workerSearch): Promise<number[]> {
  const chosen = new Set<number>();
  for (const selection of selections) for (const id of await resolveSelection(selection, database, runSearch)) chosen.add(id);
  const oldestFirst = (await libraryOrder('added', database)).reverse();
  return oldestFirst.filter((id) => chosen.has(id));
}
