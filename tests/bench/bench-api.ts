/** The API the bench page exposes on `window.lecternBench`; shared by the page and the Node runner. */
export interface ImportFigures {
  ms: number;
  records: number;
  abstracts: number;
  /** Of `ms`, the time spent reading the file (decode and parse), where the pipeline reports it. */
  parseMs?: number;
}

export type BulkKind = 'tag' | 'status' | 'list';

/** A bulk action over many abstracts: its transaction, then its undo's. */
export interface BulkFigures {
  ms: number;
  undoMs: number;
  abstracts: number;
}

/** The same rows a bulk action writes, written (and then removed or restored) with raw Dexie calls. */
export interface RawWriteFigures {
  ms: number;
  undoMs: number;
}

/** Filtering the library by a parent tag whose children carry most of the matches. */
export interface FilterFigures {
  runsMs: number[];
  matches: number;
  library: number;
  assignments: number;
}

/** The graph view's renderer at a given size: first frame, background layout, frames while panning. */
export interface GraphFigures {
  nodes: number;
  edges: number;
  firstFrameMs: number;
  layoutMs: number;
  panFrameMs: number[];
  /** The WebGL renderer string (e.g. SwiftShader when the GPU is off). */
  renderer: string;
}

/** The app's graph view over the bench library: its first frame, its filters and the heap it holds. */
export interface GraphLibraryFigures {
  firstFrameMs: number;
  /** Two hops from the most linked abstract. */
  neighbourhoodMs: number;
  /** The tag carried by the most abstracts; 0 when the library has no tag. */
  tagMs: number;
  /** The used JS heap with the view open, after a collection; null where the browser does not say. */
  heapBytes: number | null;
  /** What opening the view added to the heap. */
  heapAddedBytes: number | null;
  /** The status line for the whole library, the neighbourhood and the tag, for the log. */
  shown: { whole: string; neighbourhood: string; tagged: string };
}

export interface BenchApi {
  /** Generates the synthetic captures and empties the database; resolves to their size in bytes. */
  prepare(total: number): Promise<number>;
  importPipeline(): Promise<ImportFigures>;
  /** Generates one synthetic BibTeX file of `total` entries and empties the database; resolves to its size in bytes. */
  prepareBibtex(total: number): Promise<number>;
  /** Imports the prepared BibTeX file as the app does: hash, decode, parse, plan, store, tag. */
  importBibtexPipeline(): Promise<ImportFigures>;
  rawBulkAdd(): Promise<ImportFigures>;
  markSeeded(): Promise<void>;
  /**
   * Runs one bulk action over the first `count` abstracts (tag them, mark them read, or add them to
   * a new reading list), timing it and its undo; the library is left as it was.
   */
  bulkAction(kind: BulkKind, count: number): Promise<BulkFigures>;
  /**
   * The floor under a bulk action: raw Dexie writes of the rows it writes for the first `count`
   * abstracts (abstract rows with only their status changed, tag assignments, or list items), in
   * one transaction, then the writes that take them back (put back, or bulkDelete), timed apart.
   */
  rawBulkWrite(kind: BulkKind, count: number): Promise<RawWriteFigures>;
  /** Tags a parent and five children across the library, then times queryFilteredIds for the parent. */
  filterByParentTag(runs: number): Promise<FilterFigures>;
  /** Draws a synthetic graph of `nodes` × `edges` with the graph view's renderer and pans it for `frames` frames. */
  graphFrames(nodes: number, edges: number, frames: number): Promise<GraphFigures>;
  /** Mounts the app's graph view over the library the page holds, times its first frame and filters. */
  graphInLibrary(): Promise<GraphLibraryFigures>;
}

/** What the bench pages publish on their global object. */
export interface BenchGlobals {
  lecternBench?: BenchApi;
  bareFirstRows?: Promise<number>;
}

/** What the bench page publishes on `window.lecternSearchBench`; shared by the page and the Node runner. */
export interface SearchBuildFigures {
  documents: number;
  /** From an empty searchIndex table to a built and saved index. */
  buildMs: number;
  /** Heap held by the built index (after garbage collection), or null when the browser does not tell. */
  heapBytes: number | null;
  /** Characters of the saved index (its chunks). */
  savedChars: number;
}

export interface KeystrokeFigures {
  /** One entry per keystroke, in milliseconds. */
  ms: number[];
  /** Results of the last keystroke of each query. */
  hits: number[];
  /** Through the worker: the worker's own time on each keystroke (the rest of `ms` is messaging and scheduling). */
  answerMs?: number[];
}

export interface SearchBenchApi {
  /** Builds the index from scratch in the page (the worker's code, on the main thread, to read its heap). */
  build(): Promise<SearchBuildFigures>;
  /** After a restart: starts the search worker and resolves when it answers a query (ms since the call). */
  readyAfterRestart(): Promise<number>;
  /** After a restart: reads every abstract with toArray (ms since the call). */
  toArrayAfterRestart(): Promise<number>;
  /** Types each query one character at a time through the worker, awaiting each answer. */
  typeThroughWorker(queries: string[]): Promise<KeystrokeFigures>;
  /** The baseline: the same keystrokes as a substring scan over lowercased texts held in memory. */
  typeThroughScan(queries: string[]): Promise<KeystrokeFigures>;
  /** `count` round trips of an empty query through the worker, awaiting each: the messaging alone (ms each). */
  emptyRoundTrips(count: number): Promise<number[]>;
}

export interface SearchBenchGlobals {
  lecternSearchBench?: SearchBenchApi;
}

/** One timed run on the bench page; the heap is the used JS heap's peak above where it stood before. */
export interface TimedFigures {
  ms: number;
  rows: number;
  /** Null when the browser does not report its heap (Chromium needs --enable-precise-memory-info). */
  heapPeakBytes: number | null;
}

export interface BackupFigures extends TimedFigures {
  /** The .lectern file's size. */
  bytes: number;
  /** Rows per table, from the manifest. */
  tables: Record<string, number>;
}

/** What the bench page publishes on `window.lecternBackupBench`; shared by the page and the Node runner. */
export interface BackupBenchApi {
  /** Every backed-up table read as a backup reads it (pages of 2,000 by primary key, one read-only transaction). */
  readEveryTable(): Promise<TimedFigures>;
  /** Backs the library up into a Blob, kept for `restore`. */
  backUp(): Promise<BackupFigures>;
  /** Restores the last backup into a new database, then deletes it. */
  restore(): Promise<TimedFigures>;
  /** The same rows bulkAdded into an empty database at the latest schema, in the restore's batches. */
  rawBulkAddEveryTable(): Promise<TimedFigures>;
  /** Where a backup's time goes, step by step (for a report when the backup row misses its target). */
  backupSplit(): Promise<BackupSplitFigures>;
}

export interface BackupBenchGlobals {
  lecternBackupBench?: BackupBenchApi;
}

/** A backup's steps timed apart over the whole library; totalMs includes reading the pages. */
export interface BackupSplitFigures {
  totalMs: number;
  jsonMs: number;
  encodeMs: number;
  hashMs: number;
  deflateMs: number;
  /** Uncompressed NDJSON bytes of every table. */
  ndjsonBytes: number;
}

/** One export timed on the bench page: what it produced besides the time and heap. */
export interface ExportFigures extends TimedFigures {
  /** The file's size: UTF-16 characters for BibTeX, zip bytes for the vault. */
  bytes: number;
  /** Files in the vault; 1 for BibTeX. */
  files: number;
}

/** What the bench page publishes on `window.lecternExportBench`; shared by the page and the Node runner. */
export interface ExportBenchApi {
  /** Gives every 10th abstract a commented highlight, every 20th a note and a typed link (raw bulkAdds, not timed). */
  seedAnnotations(): Promise<{ highlights: number; notes: number; links: number }>;
  /** Every abstract to one .bib file, from the library's order of ids. */
  exportBibtex(): Promise<ExportFigures>;
  /** Every abstract to an Obsidian vault zip: gathering, Markdown and deflate. */
  exportVault(): Promise<ExportFigures>;
}

export interface ExportBenchGlobals {
  lecternExportBench?: ExportBenchApi;
}

/** Prioritised screening in the real ranking worker: one review of the whole library with some decisions made. */
export interface ScreeningFigures {
  records: number;
  decisions: number;
  /** The first ranking of the review, which builds its TF-IDF matrix (round trip, ms). */
  firstRankMs: number;
  /** Retraining and ranking inside the worker, once per further decision (ms). */
  trainMs: number[];
  /** The same requests' round trips from the page: reading the decisions, retraining, ranking and messaging (ms). */
  roundTripMs: number[];
}

export interface ScreeningBenchApi {
  /** Creates a review of every abstract, decides `decisions` of them (one in ten included), then re-ranks after each of `runs` more. */
  retrain(decisions: number, runs: number): Promise<ScreeningFigures>;
}

export interface ScreeningBenchGlobals {
  lecternScreeningBench?: ScreeningBenchApi;
}

/** The title index every picker asks (Link to…, mentions, the palette, Find in graph), on the library in the profile. */
export interface PickerFigures {
  titles: number;
  /** The first findTitles on a fresh page: reading the display titles and building the index (ms). */
  coldBuildMs: number;
  /** The longest main-thread task while that cold build ran (ms; 0 when none reached 50 ms, a long task). */
  coldBuildLongestTaskMs: number;
  /** Opening a picker with the index warm: findTitles with an empty query (ms, one per open). */
  openMs: number[];
  /** One findTitles per keystroke of title words typed letter by letter (ms). */
  keystrokeMs: number[];
  /** What was typed at each of those keystrokes. */
  typed: string[];
  /** The same keystrokes as a substring scan over the lowercased titles held in the page (ms). */
  scanMs: number[];
  /** Keystrokes of misspelt words, which fall through to the fuzzy tier (ms). */
  typoMs: number[];
  /** The longest main-thread task while other title words and misspellings were typed, a keystroke a task (ms; 0 when none reached 50 ms). */
  typingLongestTaskMs: number;
  keystrokes: number;
}

export interface PickersBenchApi {
  measure(limit: number, words: number): Promise<PickerFigures>;
}

export interface PickersBenchGlobals {
  lecternPickersBench?: PickersBenchApi;
}
