import type { CaptureRecord, ParsedCapture } from '../capture/types';
import type { DisplayForm } from '../text/types';

/** A parsed capture without its decoded text. */
export type ParsedFile = Omit<ParsedCapture, 'text'>;

/** A capture file read and parsed by a host (Electron main's worker, or the browser's worker). */
export interface ImportedFile {
  fileName: string;
  /** SHA-256 of the raw bytes, lower-case hex: a capture's identity. */
  contentHash: string;
  byteLength: number;
  /** The parse without its decoded text, which follows in `textPieces`. */
  parsed: ParsedFile;
  /**
   * The decoded text in consecutive pieces (shared/import/text-pieces.ts): joined, it is the text
   * record spans index into. Kept in pieces all the way into storage, so no step of an import
   * clones or stores a large capture as one string.
   */
  textPieces: string[];
  /** Display form of each record, parallel to `parsed.records`. */
  displays: DisplayForm[];
}

export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  /** The file being worked on, if any. */
  fileName: string | null;
}

/** Where an abstract's text was found: one capture and the record's span in it. */
export interface SourceRef {
  captureHash: string;
  role: CaptureRecord['role'];
  start: number;
  end: number;
}
