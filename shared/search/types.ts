/** A problem in a query, with the span of the query text it concerns (for inline display). */
export interface QueryError {
  message: string;
  start: number;
  end: number;
}

/** What a search returns to the UI. */
export interface SearchOutcome {
  /** Abstract ids, best first. */
  ids: number[];
  /** Lower-case words to highlight, including typo-corrected and prefix-expanded forms. */
  terms: string[];
  /** Lower-case phrases to highlight. */
  phrases: string[];
  errors: QueryError[];
  total: number;
}

/** Where the index is: answering queries, loading from IndexedDB, or being (re)built. */
export interface IndexStatus {
  state: 'ready' | 'loading' | 'building';
  done: number;
  total: number;
}
