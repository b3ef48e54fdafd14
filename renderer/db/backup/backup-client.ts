import { BackupError } from '../../../shared/backup/errors';
import type { BackupManifest } from '../../../shared/backup/format';
import { db as appDb } from '../schema/database';
import type { FromBackupWorker, ToBackupWorker } from './protocol';
import type { RestoredLibrary, RestoreProgress } from './restore-backup';
import type { BackupProgress } from './write-backup';

export interface MadeBackup {
  file: Blob;
  manifest: BackupManifest;
}

/** Runs one job in a worker of its own and ends the worker when the job does. */
function runJob<T>(request: ToBackupWorker, receive: (message: FromBackupWorker, finish: (value: T) => void) => void): Promise<T> {
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'lectern-backup' });
  return new Promise<T>((resolve, reject) => {
    const end = (): void => worker.terminate();
    worker.addEventListener('message', (event: MessageEvent<FromBackupWorker>) => {
      const message = event.data;
      if (message.type === 'failed') {
        end();
        reject(message.backupError ? new BackupError(message.message) : new Error(message.message));
        return;
      }
      receive(message, (value) => {
        end();
        resolve(value);
      });
    });
    worker.addEventListener('error', (event) => {
      end();
      reject(new Error(`The backup worker stopped: ${event.message}`));
    });
    worker.postMessage(request);
  });
}

/** Backs the library up into a .lectern file, off the page's thread; the file's parts stay Blob parts, never one string. */
export function backupLibrary(onProgress?: (progress: BackupProgress) => void, databaseName: string = appDb.name): Promise<MadeBackup> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  return runJob<MadeBackup>({ type: 'backup', databaseName }, (message, finish) => {
    if (message.type === 'backup-progress') onProgress?.(message.progress);
    else if (message.type === 'chunk') parts.push(message.bytes as Uint8Array<ArrayBuffer>);
    else if (message.type === 'backed-up') finish({ file: new Blob(parts, { type: 'application/zip' }), manifest: message.manifest });
  });
}

/** Checks a backup file whole and builds a new database from it, off the page's thread; the current library is not touched. */
export function restoreToNewDatabase(file: Blob, onProgress?: (progress: RestoreProgress) => void): Promise<RestoredLibrary> {
  return runJob<RestoredLibrary>({ type: 'restore', file }, (message, finish) => {
    if (message.type === 'restore-progress') onProgress?.(message.progress);
    else if (message.type === 'restored') finish({ databaseName: message.databaseName, manifest: message.manifest });
  });
}
