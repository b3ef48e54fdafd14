import { createContext, useContext, useMemo } from 'react';
import type { SearchOutcome } from './search-api';
import { findSearchHits, type TextRange } from './search-highlight';

/** The library search as the shell holds it: the typed query and its live outcome. */
export interface SearchState {
  query: string;
  setQuery: (query: string) => void;
  /** Null for an empty query and until the first answer arrives. */
  outcome: SearchOutcome | null;
}

const NO_SEARCH: SearchState = { query: '', setQuery: () => undefined, outcome: null };

export const SearchContext = createContext<SearchState>(NO_SEARCH);

export function useSearchState(): SearchState {
  return useContext(SearchContext);
}

/** True while the query box holds something (the list then shows search results). */
export function isSearching(state: SearchState): boolean {
  return state.query.trim() !== '';
}

const NO_HITS: readonly TextRange[] = [];

/** Where the current search's terms occur in `text`; empty when nothing is being searched. */
export function useSearchHits(text: string): readonly TextRange[] {
  const { query, outcome } = useSearchState();
  const terms = outcome?.terms;
  const phrases = outcome?.phrases;
  return useMemo(
    () => (query.trim() === '' || !terms || !phrases ? NO_HITS : findSearchHits(text, terms, phrases)),
    [query, text, terms, phrases],
  );
}
