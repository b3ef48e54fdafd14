import type { ImportedFile, ImportProgress } from '../../shared/import/types';

/** A file's name and raw bytes, sent to the parse worker (the buffer is transferred). */
export interface RawFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface ParseRequest {
  jobId: number;
  files: RawFile[];
}

/** What the worker sends back for a job: progress, each file as it is done, then done or failed. */
export type ParseReply =
  | { jobId: number; type: 'progress'; progress: ImportProgress }
  | { jobId: number; type: 'file'; file: ImportedFile }
  | { jobId: number; type: 'done' }
  | { jobId: number; type: 'failed'; message: string };
