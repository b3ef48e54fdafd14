/** What the index holds of one abstract, already normalised to space-separated words. */
export interface SearchDocument {
  id: number;
  title: string;
  authors: string;
  /** Stored text, tag paths, highlight quotes and comments, and the abstract's note. */
  body: string;
  year: number | null;
  /** The venue's words, for `venue:` only ("" when unknown): free words do not search it. */
  venue: string;
  /** A truncated abstract (a snippet of the paper's abstract), for `is:snippet`. */
  snippet: boolean;
}

export const FIELDS = ['title', 'authors', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/** Title above authors above everything else. */
export const FIELD_WEIGHTS: Record<Field, number> = { title: 3, authors: 2, body: 1 };
