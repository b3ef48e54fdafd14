// The search feature's public entry: the only file of it that the app and other features import.
export { RowTitle } from './RowTitle';
export { SavedSearches } from './SavedSearches';
export { SearchBox } from './SearchBox';
export { SearchProvider } from './SearchProvider';
export { SEARCH_BOX_ID, focusSearchBox } from './focus-search';
export { rebuildSearchIndex, useIndexStatus, useSearch } from './search-api';
export { isSearching, useSearchHits, useSearchState } from './search-context';
export { withRangeEdges } from './search-highlight';
export type { TextRange } from './search-highlight';
export { useSearchedIds } from './use-searched-ids';
