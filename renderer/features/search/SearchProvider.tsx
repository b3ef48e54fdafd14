import { useMemo, useState, type ReactNode } from 'react';
import { useSearch } from './search-api';
import { SearchContext, type SearchState } from './search-context';

/** Holds the library search's query and runs it live, for the box, the list, the rows and the reader. */
export function SearchProvider({ children }: { children: ReactNode }): ReactNode {
  const [query, setQuery] = useState('');
  const outcome = useSearch(query);
  const state = useMemo<SearchState>(() => ({ query, setQuery, outcome }), [query, outcome]);
  return <SearchContext.Provider value={state}>{children}</SearchContext.Provider>;
}
