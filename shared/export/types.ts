/** An abstract's reading status (the same values as the library's organize types). */
export type ReadingStatus = 'unread' | 'reading' | 'read';

/**
 * One abstract as every export format sees it: its bibliographic record, its tags as paths and
 * its reading state. Built by renderer/db/export from the library; the writers in shared/export
 * only ever read it.
 */
export interface ExportEntry {
  /** The abstract's id in this library (never written into a file as an identifier). */
  id: number;
  /** Unique in the library; what LaTeX, pandoc and vault file names use. */
  citationKey: string;
  /** null when the source gave none (most portal snippets). */
  title: string | null;
  /** What the reader shows when there is no title: the first words of the abstract. */
  displayTitle: string;
  /** Display names, "Given particle Family Suffix" (`Jan van der Berg`), or an institution kept whole. */
  authors: string[];
  year: number | null;
  /** The abstract as plain Unicode, math kept as `$…$`; "" when there is none. */
  abstract: string;
  doi: string | null;
  arxiv: string | null;
  url: string | null;
  venue: string | null;
  /** A CSL type (`article-journal`, `paper-conference`…); null when unknown. */
  type: string | null;
  /** The source's own keywords, as written. */
  keywords: string[];
  /** Tag paths, `theory/sgd` for a nested tag, sorted. */
  tags: string[];
  /** Every other field the source gave (volume, pages, publisher…), by its lower-case name. */
  fields: Record<string, string>;
  status: ReadingStatus;
  starred: boolean;
  /** When the abstract entered the library (ms since the epoch). */
  addedAt: number;
  updatedAt: number;
}

/** A file an export produces. */
export interface ExportFile {
  name: string;
  mime: string;
  content: string | Uint8Array;
}
