/** Encodings the decoder recognises; reported with every parsed capture. */
export type CaptureEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1256';

/** Which known page family a capture was read as. */
export type CaptureLayout = 'portal' | 'blog' | 'unknown';

/** `main` is the page's own abstract; `related` is one listed under it. */
export type RecordRole = 'main' | 'related';

/** Half-open range [start, end) of UTF-16 code units in the decoded, LF-normalised text. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface CaptureRecord {
  role: RecordRole;
  title: string | null;
  authors: string[];
  year: number | null;
  /** Exactly `decodedText.slice(span.start, span.end)`: paragraph breaks kept as captured. */
  text: string;
  truncated: boolean;
  span: TextSpan;
  /** A quoted passage that stood before this abstract (blog posts); never part of `text`. */
  quote: string | null;
  views: number | null;
  field: string | null;
  language: string | null;
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
