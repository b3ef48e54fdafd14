import type { BackupManifest } from '../../../shared/backup/format';
import type { BackupProgress } from './write-backup';
import type { RestoreProgress } from './restore-backup';

/** What the page asks the backup worker: one job per worker. */
export type ToBackupWorker = { type: 'backup'; databaseName: string } | { type: 'restore'; file: Blob };

/** What the backup worker sends back: progress, the file's bytes as they are made, then the outcome. */
export type FromBackupWorker =
  | { type: 'backup-progress'; progress: BackupProgress }
  /** Transferred, not copied. */
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'backed-up'; manifest: BackupManifest }
  | { type: 'restore-progress'; progress: RestoreProgress }
  | { type: 'restored'; databaseName: string; manifest: BackupManifest }
  | { type: 'failed'; message: string; backupError: boolean };
