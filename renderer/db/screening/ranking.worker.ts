import { openDatabase } from '../schema/database';
import type { FromRankingWorker, ToRankingWorker } from './ranking-protocol';
import { RankingService } from './ranking-service';

// Retraining and ranking run here, off the page's thread, so the next keystroke in screening mode is never delayed.
/** The part of a dedicated worker's global scope this worker uses (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: FromRankingWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToRankingWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
let service: { databaseName: string; ranking: RankingService } | null = null;

function serviceFor(databaseName: string): RankingService {
  if (service?.databaseName !== databaseName) service = { databaseName, ranking: new RankingService(openDatabase(databaseName)) };
  return service.ranking;
}

// One request at a time: each retrains on the decisions as they stand when it starts.
let queue: Promise<void> = Promise.resolve();

scope.addEventListener('message', (event: MessageEvent<ToRankingWorker>) => {
  const { seq, databaseName, request } = event.data;
  queue = queue.then(async () => {
    try {
      scope.postMessage({ seq, ok: true, result: await serviceFor(databaseName).rank(request) });
    } catch (error: unknown) {
      scope.postMessage({ seq, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
