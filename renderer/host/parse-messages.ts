import type { CaptureRecord } from '../../shared/capture/types';
import type { ImportedFile, ImportProgress } from '../../shared/import/types';
import type { DisplayForm } from '../../shared/text/types';

/** A file's name and raw bytes, sent to the parse worker (the buffer is transferred). */
export interface RawFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface ParseRequest {
  jobId: number;
  files: RawFile[];
}

/**
 * What the worker sends back for a job: progress, each file as it is done, then done or failed.
 * A file comes without its text and records, which follow as `text` pieces and `records` batches:
 * the page decodes each message in one task, and a whole large capture's text or records would
 * block it for a second or more.
 */
export type ParseReply =
  | { jobId: number; type: 'progress'; progress: ImportProgress }
  | { jobId: number; type: 'file'; file: ImportedFile }
  | { jobId: number; type: 'text'; piece: string }
  | { jobId: number; type: 'records'; records: CaptureRecord[]; displays: DisplayForm[] }
  | { jobId: number; type: 'done' }
  | { jobId: number; type: 'failed'; message: string };
