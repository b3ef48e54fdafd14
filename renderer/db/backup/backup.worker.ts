import { BackupError } from '../../../shared/backup/errors';
import { openDatabase } from '../schema/database';
import { blobChunks } from './blob-chunks';
import type { FromBackupWorker, ToBackupWorker } from './protocol';
import { restoreIntoNewDatabase } from './restore-backup';
import { writeLibraryBackup } from './write-backup';

// Backups and restores run here, off the page's thread: reading every table, hashing, compressing
// and checking a large library never delays a keystroke in the reader.
interface WorkerScope {
  postMessage(message: FromBackupWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToBackupWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

/** Progress is sent at most this often; more would only queue messages. */
const PROGRESS_INTERVAL_MS = 100;

function throttled<T>(send: (value: T) => void): (value: T) => void {
  let last = 0;
  return (value) => {
    const now = performance.now();
    if (now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    send(value);
  };
}

async function backUp(databaseName: string): Promise<void> {
  const database = openDatabase(databaseName);
  try {
    const manifest = await writeLibraryBackup(
      (bytes) => scope.postMessage({ type: 'chunk', bytes }, [bytes.buffer]),
      { onProgress: throttled((progress) => scope.postMessage({ type: 'backup-progress', progress })) },
      database,
    );
    scope.postMessage({ type: 'backed-up', manifest });
  } finally {
    database.close();
  }
}

async function restore(file: Blob): Promise<void> {
  const restored = await restoreIntoNewDatabase(
    blobChunks(file),
    throttled((progress) => scope.postMessage({ type: 'restore-progress', progress })),
  );
  scope.postMessage({ type: 'restored', ...restored });
}

scope.addEventListener('message', (event: MessageEvent<ToBackupWorker>) => {
  const message = event.data;
  const job = message.type === 'backup' ? backUp(message.databaseName) : restore(message.file);
  job.catch((error: unknown) =>
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error), backupError: error instanceof BackupError }),
  );
});
