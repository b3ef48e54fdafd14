/** The API the bench page exposes on `window.lecternBench`; shared by the page and the Node runner. */
export interface ImportFigures {
  ms: number;
  records: number;
  abstracts: number;
}

export interface BenchApi {
  /** Generates the synthetic captures and empties the database; resolves to their size in bytes. */
  prepare(total: number): Promise<number>;
  importPipeline(): Promise<ImportFigures>;
  rawBulkAdd(): Promise<ImportFigures>;
  markSeeded(): Promise<void>;
}

/** What the bench pages publish on their global object. */
export interface BenchGlobals {
  lecternBench?: BenchApi;
  bareFirstRows?: Promise<number>;
}
