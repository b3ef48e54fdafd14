import type { FilePart } from '../../shared/import/file-parts';
import type { ImportedFile, ImportProgress } from '../../shared/import/types';

/** A file's name and raw bytes, sent to the parse worker (the buffer is transferred). */
export interface RawFile {
  name: string;
  bytes: ArrayBuffer;
}

/**
 * A file the user chose, which the worker reads itself: reading a 50 MB file into the page
 * holds the page for a fifth of a second, in one task, before parsing even starts.
 */
export interface ChosenFile {
  name: string;
  file: Blob;
}

export interface ParseRequest {
  type: 'parse';
  jobId: number;
  files: (RawFile | ChosenFile)[];
}

/** The page has taken in the last part the worker sent: the worker sends the next one. */
export interface PartTaken {
  type: 'taken';
  jobId: number;
}

/** What the page sends the worker. */
export type ParseCommand = ParseRequest | PartTaken;

/**
 * What the worker sends back for a job: progress, each file as it is done, then done or failed.
 * A file comes as its header, followed by its parts (shared/import/file-parts.ts).
 */
export type ParseReply =
  | { jobId: number; type: 'progress'; progress: ImportProgress }
  | { jobId: number; type: 'file'; file: ImportedFile }
  | ({ jobId: number } & FilePart)
  | { jobId: number; type: 'done' }
  | { jobId: number; type: 'failed'; message: string };
