import type { IndexStatus, SearchOutcome } from '../../../shared/search/types';

/** Messages the page sends the search worker. */
export type ToSearchWorker =
  | { type: 'query'; seq: number; query: string }
  | { type: 'open'; databaseName: string }
  /** The persisted index was discarded (Check library's repair): build a fresh one. */
  | { type: 'rebuild' };

/** Messages the search worker sends the page; `answerMs` is the worker's time from a query's arrival to its answer's posting. */
export type FromSearchWorker =
  /** `ids` travels as a transferred Int32Array: cloning 30,000 numbers one by one costs milliseconds. */
  | { type: 'result'; seq: number; outcome: Omit<SearchOutcome, 'ids'>; ids: Int32Array; answerMs: number }
  | { type: 'status'; status: IndexStatus }
  /** The index changed (an import, edit or delete was applied); live searches run again. */
  | { type: 'changed'; generation: number };
