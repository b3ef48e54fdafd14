import type { CaptureRecord, ParsedCapture } from '../capture/types';
import type { DisplayForm } from '../text/types';

/** A capture file read and parsed by a host (Electron main's worker, or the browser's worker). */
export interface ImportedFile {
  fileName: string;
  /** SHA-256 of the raw bytes, lower-case hex: a capture's identity. */
  contentHash: string;
  byteLength: number;
  parsed: ParsedCapture;
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
