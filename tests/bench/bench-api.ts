/** The API the bench page exposes on `window.lecternBench`; shared by the page and the Node runner. */
export interface ImportFigures {
  ms: number;
  records: number;
  abstracts: number;
}

export type BulkKind = 'tag' | 'status' | 'list';

/** A bulk action over many abstracts: its transaction, then its undo's. */
export interface BulkFigures {
  ms: number;
  undoMs: number;
  abstracts: number;
}

/** Filtering the library by a parent tag whose children carry most of the matches. */
export interface FilterFigures {
  runsMs: number[];
  matches: number;
  library: number;
  assignments: number;
}

export interface BenchApi {
  /** Generates the synthetic captures and empties the database; resolves to their size in bytes. */
  prepare(total: number): Promise<number>;
  importPipeline(): Promise<ImportFigures>;
  rawBulkAdd(): Promise<ImportFigures>;
  markSeeded(): Promise<void>;
  /**
   * Runs one bulk action over the first `count` abstracts (tag them, mark them read, or add them to
   * a new reading list), timing it and its undo; the library is left as it was.
   */
  bulkAction(kind: BulkKind, count: number): Promise<BulkFigures>;
  /** Tags a parent and five children across the library, then times queryFilteredIds for the parent. */
  filterByParentTag(runs: number): Promise<FilterFigures>;
}

/** What the bench pages publish on their global object. */
export interface BenchGlobals {
  lecternBench?: BenchApi;
  bareFirstRows?: Promise<number>;
}
