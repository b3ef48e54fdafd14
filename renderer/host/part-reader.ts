import { readBibtexPart, type PartRead } from '../../shared/import/read-file';
import type { WordTest } from '../../shared/text/types';
import type { PartReply, PartRequest } from './part-messages';

interface PendingPart {
  part: string;
  resolve: (read: PartRead) => void;
}

/**
 * Reads parts of large BibTeX files in a helper worker, started by the parse worker when first
 * needed. Should the helper fail or be unavailable, the part is read here instead: slower, same result.
 */
export class PartReader {
  private helper: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, PendingPart>();

  constructor(private readonly wordTest: () => WordTest) {}

  read(part: string): Promise<PartRead> {
    const helper = this.ensureHelper();
    if (helper === null) return Promise.resolve(readBibtexPart(part, this.wordTest()));
    const id = this.nextId++;
    return new Promise<PartRead>((resolve) => {
      this.pending.set(id, { part, resolve });
      const request: PartRequest = { id, part };
      helper.postMessage(request);
    });
  }

  private ensureHelper(): Worker | null {
    if (this.helper !== null) return this.helper;
    if (typeof Worker === 'undefined') return null;
    try {
      const helper = new Worker(new URL('./bibtex-part.worker.ts', import.meta.url), { type: 'module', name: 'lectern-parse-part' });
      helper.addEventListener('message', (event: MessageEvent<PartReply>) => this.receive(event.data));
      helper.addEventListener('error', () => this.readAllHere());
      helper.addEventListener('messageerror', () => this.readAllHere());
      this.helper = helper;
      return helper;
    } catch {
      return null;
    }
  }

  private receive(reply: PartReply): void {
    const job = this.pending.get(reply.id);
    if (job === undefined) return;
    this.pending.delete(reply.id);
    job.resolve('read' in reply ? reply.read : readBibtexPart(job.part, this.wordTest()));
  }

  /** A dead helper: its parts are read here, and the next part starts a fresh helper. */
  private readAllHere(): void {
    this.helper?.terminate();
    this.helper = null;
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const job of jobs) job.resolve(readBibtexPart(job.part, this.wordTest()));
  }
}
