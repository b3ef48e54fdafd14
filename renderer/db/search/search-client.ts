import type { IndexStatus, SearchOutcome } from '../../../shared/search/types';
import { db as appDb } from '../schema/database';
import type { FromSearchWorker, ToSearchWorker } from './protocol';

type Listener = () => void;

/** An answer and how long the worker spent on it (the rest of the wait is messaging and scheduling). */
export interface TimedOutcome {
  outcome: SearchOutcome;
  answerMs: number;
}

/** A plain loop: `Array.from` walks a typed array through its iterator, several times slower at 80,000 ids. */
function toNumbers(ids: Int32Array): number[] {
  const numbers = new Array<number>(ids.length);
  for (let at = 0; at < ids.length; at++) numbers[at] = ids[at] ?? 0;
  return numbers;
}

/** The page's side of the search worker: one worker per page, started on first use. */
class SearchClient {
  private readonly worker: Worker;
  private seq = 0;
  private readonly pending = new Map<number, (answer: TimedOutcome) => void>();
  private statusNow: IndexStatus = { state: 'loading', done: 0, total: 0 };
  private generationNow = 0;
  private readonly listeners = new Set<Listener>();

  constructor(databaseName: string) {
    this.worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'lectern-search' });
    this.worker.addEventListener('message', (event: MessageEvent<FromSearchWorker>) => this.receive(event.data));
    this.post({ type: 'open', databaseName });
  }

  async query(query: string): Promise<SearchOutcome> {
    return (await this.timedQuery(query)).outcome;
  }

  timedQuery(query: string): Promise<TimedOutcome> {
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.pending.set(seq, resolve);
      this.post({ type: 'query', seq, query });
    });
  }

  /** Asks the worker to build the index afresh (after the persisted one was discarded). */
  rebuild(): void {
    this.post({ type: 'rebuild' });
  }

  status(): IndexStatus {
    return this.statusNow;
  }

  generation(): number {
    return this.generationNow;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private post(message: ToSearchWorker): void {
    this.worker.postMessage(message);
  }

  private receive(message: FromSearchWorker): void {
    switch (message.type) {
      case 'result': {
        const resolve = this.pending.get(message.seq);
        this.pending.delete(message.seq);
        resolve?.({ outcome: { ...message.outcome, ids: toNumbers(message.ids) }, answerMs: message.answerMs });
        return;
      }
      case 'status':
        this.statusNow = message.status;
        break;
      case 'changed':
        this.generationNow = message.generation;
        break;
    }
    for (const listener of this.listeners) listener();
  }
}

let client: SearchClient | null = null;

/** The page's search worker, started (and its index loaded or built) on first call. */
export function searchClient(databaseName: string = appDb.name): SearchClient {
  client ??= new SearchClient(databaseName);
  return client;
}

export type { SearchClient };
