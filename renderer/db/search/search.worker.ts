import { openDatabase } from '../schema/database';
import type { FromSearchWorker, ToSearchWorker } from './protocol';
import type { RankedOutcome } from './run-query';
import { SearchService } from './search-service';

// The search index lives here, off the page's thread: building, loading, saving and querying it
// never delay typing. The worker opens the database itself and follows its changes.
/** The part of a dedicated worker's global scope this worker uses (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: FromSearchWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToSearchWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
let service: SearchService | null = null;

function send(message: FromSearchWorker): void {
  scope.postMessage(message);
}

/** Sends the answer, handing over its ids' buffer (each answer's ids are its own copy). */
function sendResult(seq: number, arrived: number, { ids, ...outcome }: RankedOutcome): void {
  scope.postMessage({ type: 'result', seq, outcome, ids, answerMs: performance.now() - arrived }, [ids.buffer]);
}

scope.addEventListener('message', (event: MessageEvent<ToSearchWorker>) => {
  const message = event.data;
  if (message.type === 'open') {
    service ??= new SearchService(openDatabase(message.databaseName), {
      status: (status) => send({ type: 'status', status }),
      changed: (generation) => send({ type: 'changed', generation }),
    });
    void service.start();
    return;
  }
  if (message.type === 'rebuild') {
    service?.rebuild();
    return;
  }
  const arrived = performance.now();
  const { seq, query } = message;
  const running = service;
  if (running === null) {
    sendResult(seq, arrived, { ids: new Int32Array(0), terms: [], phrases: [], errors: [], total: 0 });
    return;
  }
  running.rankedQuery(query).then(
    (outcome) => sendResult(seq, arrived, outcome),
    (error: unknown) => {
      const text = error instanceof Error ? error.message : String(error);
      sendResult(seq, arrived, { ids: new Int32Array(0), terms: [], phrases: [], errors: [{ message: `Search failed: ${text}`, start: 0, end: query.length }], total: 0 });
    },
  );
});
