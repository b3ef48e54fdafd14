import type { NearDuplicatePair } from '../../../shared/identity/near-duplicates';
import type { FromDuplicatesWorker, ToDuplicatesWorker } from './protocol';
import type { ScanProgress } from './scan';

interface Pending {
  resolve: (pairs: NearDuplicatePair[]) => void;
  reject: (error: Error) => void;
  onProgress: (progress: ScanProgress) => void;
}

/** A scan run by the duplicates worker (started on first use), as a promise with progress along the way. */
export function workerScan(databaseName: string): (onProgress: (progress: ScanProgress) => void) => Promise<NearDuplicatePair[]> {
  let worker: Worker | null = null;
  let seq = 0;
  const pending = new Map<number, Pending>();
  const receive = (message: FromDuplicatesWorker): void => {
    const waiting = pending.get(message.seq);
    if (waiting === undefined) return;
    if (message.type === 'progress') {
      waiting.onProgress(message.progress);
      return;
    }
    pending.delete(message.seq);
    if (message.type === 'pairs') waiting.resolve(message.pairs);
    else waiting.reject(new Error(message.message));
  };
  return (onProgress) => {
    if (worker === null) {
      worker = new Worker(new URL('./duplicates.worker.ts', import.meta.url), { type: 'module', name: 'lectern-duplicates' });
      worker.addEventListener('message', (event: MessageEvent<FromDuplicatesWorker>) => receive(event.data));
    }
    const running = worker;
    seq += 1;
    const message: ToDuplicatesWorker = { type: 'scan', seq, databaseName };
    return new Promise((resolve, reject) => {
      pending.set(message.seq, { resolve, reject, onProgress });
      running.postMessage(message);
    });
  };
}
