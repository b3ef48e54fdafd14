import { db as appDb } from '../schema/database';
import type { FromRankingWorker, ToRankingWorker } from './ranking-protocol';
import type { RankRequest, RankResult } from './ranking-service';

export type { RankRequest, RankResult } from './ranking-service';

interface Pending {
  resolve: (result: RankResult) => void;
  reject: (error: Error) => void;
}

/** The page's side of the ranking worker: one worker per page, started on first use. */
class RankClient {
  private readonly worker: Worker;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly databaseName: string) {
    this.worker = new Worker(new URL('./ranking.worker.ts', import.meta.url), { type: 'module', name: 'lectern-ranking' });
    this.worker.addEventListener('message', (event: MessageEvent<FromRankingWorker>) => this.receive(event.data));
  }

  rank(request: RankRequest): Promise<RankResult> {
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      const message: ToRankingWorker = { seq, databaseName: this.databaseName, request };
      this.worker.postMessage(message);
    });
  }

  private receive(message: FromRankingWorker): void {
    const pending = this.pending.get(message.seq);
    this.pending.delete(message.seq);
    if (message.ok) pending?.resolve(message.result);
    else pending?.reject(new Error(message.error));
  }
}

let client: RankClient | null = null;

/**
 * The unscreened records of a review stage in the order to screen them (best first when ranked), with the estimate of
 * relevant records still unseen (null with too few decisions). Runs in a worker; a call made while another runs waits.
 */
export function rankRecords(request: RankRequest): Promise<RankResult> {
  client ??= new RankClient(appDb.name);
  return client.rank(request);
}
