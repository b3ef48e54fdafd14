import { openDatabase, type LecternDB } from '../schema/database';
import type { FromDuplicatesWorker, ToDuplicatesWorker } from './protocol';
import { scanForDuplicates } from './scan';

// Reading 100,000 titles and comparing them takes seconds: here, off the page's thread, it never
// delays typing or scrolling. The worker opens the database itself.
/** The part of a dedicated worker's global scope this worker uses (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: FromDuplicatesWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToDuplicatesWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const databases = new Map<string, LecternDB>();

function databaseNamed(name: string): LecternDB {
  let database = databases.get(name);
  if (database === undefined) {
    database = openDatabase(name);
    databases.set(name, database);
  }
  return database;
}

scope.addEventListener('message', (event: MessageEvent<ToDuplicatesWorker>) => {
  const { seq, databaseName } = event.data;
  scanForDuplicates(databaseNamed(databaseName), (progress) => scope.postMessage({ type: 'progress', seq, progress })).then(
    (pairs) => scope.postMessage({ type: 'pairs', seq, pairs }),
    (error: unknown) => scope.postMessage({ type: 'failed', seq, message: error instanceof Error ? error.message : String(error) }),
  );
});
