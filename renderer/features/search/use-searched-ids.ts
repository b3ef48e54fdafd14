import { useMemo } from 'react';
import type { LibraryFilter } from '../../db/organize/types';
import { isEmptyFilter } from '../organize/filter';
import { isSearching, useSearchState } from './search-context';

/**
 * The ids the list shows. Without a query: the sidebar view, in the chosen sort. With one: the
 * search results in rank order, kept to the sidebar view (searching inside a tag, a status or a
 * list narrows it further; choose Library to search everything). Undefined while loading.
 */
export function useSearchedIds(viewIds: number[] | undefined, filter: LibraryFilter): number[] | undefined {
  const state = useSearchState();
  const searching = isSearching(state);
  const ranked = state.outcome?.ids;
  const wholeLibrary = isEmptyFilter(filter);
  return useMemo(() => {
    if (!searching) return viewIds;
    if (ranked === undefined) return undefined;
    if (wholeLibrary) return ranked;
    if (viewIds === undefined) return undefined;
    const inView = new Set(viewIds);
    return ranked.filter((id) => inView.has(id));
  }, [searching, ranked, wholeLibrary, viewIds]);
}
