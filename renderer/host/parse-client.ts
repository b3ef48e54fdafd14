import { appendPart } from '../../shared/import/file-parts';
import type { ImportedFile } from '../../shared/import/types';
import type { ChosenFile, ParseReply, ParseRequest, PartTaken, RawFile } from './parse-messages';
import type { ProgressListener } from './types';

interface PendingJob {
  files: ImportedFile[];
  onProgress: ProgressListener | undefined;
  resolve: (files: ImportedFile[]) => void;
  reject: (error: Error) => void;
}

/** Parses files in a module worker, so the page never blocks on decoding or parsing. */
export class ParseClient {
  private worker: Worker | null = null;
  private nextJobId = 1;
  private readonly pending = new Map<number, PendingJob>();

  /** Resolves to the parsed files in the order given. */
  parse(files: (RawFile | ChosenFile)[], onProgress?: ProgressListener): Promise<ImportedFile[]> {
    if (files.length === 0) return Promise.resolve([]);
    const jobId = this.nextJobId++;
    return new Promise<ImportedFile[]>((resolve, reject) => {
      this.pending.set(jobId, { files: [], onProgress, resolve, reject });
      const request: ParseRequest = { type: 'parse', jobId, files };
      this.ensureWorker().postMessage(
        request,
        files.flatMap((file) => ('bytes' in file ? [file.bytes] : [])),
      );
    });
  }

  private ensureWorker(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'lectern-parse' });
    worker.addEventListener('message', (event: MessageEvent<ParseReply>) => this.receive(event.data));
    worker.addEventListener('error', (event) => this.failAll(`The file reader stopped: ${event.message || 'it could not start'}.`));
    worker.addEventListener('messageerror', () => this.failAll('The file reader sent a message that could not be read.'));
    this.worker = worker;
    return worker;
  }

  private receive(reply: ParseReply): void {
    // The worker waits for each part to be taken, even one of a job the page gave up on.
    if (reply.type === 'text' || reply.type === 'records') this.worker?.postMessage({ type: 'taken', jobId: reply.jobId } satisfies PartTaken);
    const job = this.pending.get(reply.jobId);
    if (job === undefined) return;
    switch (reply.type) {
      case 'progress':
        job.onProgress?.(reply.progress);
        return;
      case 'file':
        job.files.push(reply.file);
        return;
      case 'text':
      case 'records': {
        const file = job.files.at(-1);
        if (file !== undefined) appendPart(file, reply);
        return;
      }
      case 'done':
        this.pending.delete(reply.jobId);
        job.resolve(job.files);
        return;
      case 'failed':
        this.pending.delete(reply.jobId);
        job.reject(new Error(reply.message));
        return;
    }
  }

  /** A dead worker fails every job in flight; the next job starts a fresh worker. */
  private failAll(message: string): void {
    this.worker?.terminate();
    this.worker = null;
    for (const job of this.pending.values()) job.reject(new Error(message));
    this.pending.clear();
  }
}
