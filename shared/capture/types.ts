/** Encodings the decoder recognises; reported with every parsed capture. */
export type CaptureEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'windows-1252';

/** Reference-manager formats, read entry by entry (shared/references). */
export type ReferenceFormat = 'bibtex' | 'ris' | 'csl-json' | 'csv';

/** Which known page family a capture was read as, or which reference format a file was read in. */
export type CaptureLayout = 'portal' | 'blog' | 'unknown' | ReferenceFormat;

/** `main` is the page's own abstract; `related` is one listed under it; `entry` is one entry of a reference file. */
export type RecordRole = 'main' | 'related' | 'entry';

/** Half-open range [start, end) of UTF-16 code units in the decoded, LF-normalised text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * What a reference manager keys on. Captures fill only the identifiers found in their text
 * (`doi`, `arxiv`, `url`); reference entries fill what their format says.
 */
export interface BibliographicFields {
  /** Lower-case, without a resolver prefix: `10.1000/xyz`. */
  doi: string | null;
  /** New-style `2101.00001` or old-style `hep-th/9901001`, without version or `arXiv:` prefix. */
  arxiv: string | null;
  url: string | null;
  /** Journal, proceedings or book the work appeared in. */
  venue: string | null;
  /** A CSL type: `article-journal`, `paper-conference`, `book`, `chapter`, `thesis`, `report`… */
  type: string | null;
  citationKey: string | null;
  /** The source's own keywords, as written. */
  keywords: string[];
  /** Keywords and groups as tag paths (`theory/sgd` for a nested group), without duplicates. */
  tags: string[];
  /** Every other field the source gave (volume, pages, publisher…), by its lower-case name, as text. */
  fields: Record<string, string>;
}

export interface CaptureRecord extends BibliographicFields {
  role: RecordRole;
  title: string | null;
  authors: string[];
  year: number | null;
  /**
   * For a capture, exactly `decodedText.slice(span.start, span.end)`: paragraph breaks kept as
   * captured. For a reference entry, its abstract as plain Unicode (math kept as `$…$`), "" when it
   * has none, while `span` covers the whole entry in the file.
   */
  text: string;
  truncated: boolean;
  span: TextSpan;
  /** A quoted passage that stood before this abstract (blog posts); never part of `text`. */
  quote: string | null;
  views: number | null;
  field: string | null;
  language: string | null;
  /** 1-based line of the decoded text where the record starts. */
  line: number;
}

export interface ParsedCapture {
  /** Null only when the bytes could not be read as text at all (see `error`). */
  encoding: CaptureEncoding | null;
  /** Decoded text with the BOM removed and CRLF/CR turned into LF. Spans index into it. */
  text: string;
  layout: CaptureLayout;
  records: CaptureRecord[];
  warnings: string[];
  /** A clear, user-facing reason why nothing could be read (empty or binary input). */
  error: string | null;
}
