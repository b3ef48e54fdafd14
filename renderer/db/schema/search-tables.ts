/**
 * The tables issue 7 adds (schema version 5): the persisted search index, written incrementally,
 * and saved searches (smart collections).
 */
export const SEARCH_STORES = {
  searchIndex: '&key',
  savedSearches: '++id, name, createdAt',
} as const;
