import { createContext, useContext } from 'react';
import type { RestoredLibrary } from '../../db/backup/restore-backup';
import type { SnapshotInfo } from '../../../shared/backup/snapshots';

export type BackupActivity =
  | { phase: 'idle' }
  | { phase: 'backing-up'; rowsDone: number; rowsTotal: number }
  | { phase: 'backed-up'; message: string }
  | { phase: 'checking'; source: string; bytesRead: number; bytesTotal: number }
  | { phase: 'confirm'; source: string; restored: RestoredLibrary }
  | { phase: 'replacing' }
  | { phase: 'failed'; title: string; message: string };

export interface BackupApi {
  activity: BackupActivity;
  /** Writes a .lectern file of the whole library: a download in a browser, a saved file in the desktop app. */
  backUp: () => Promise<void>;
  /** Asks for a .lectern file, checks it whole and asks before replacing the library. */
  chooseAndRestore: () => Promise<void>;
  /** The same, from a kept snapshot. */
  restoreSnapshot: (snapshot: SnapshotInfo) => Promise<void>;
  confirmRestore: () => Promise<void>;
  cancelRestore: () => Promise<void>;
  /** Keeps the library as it is now, before a repair changes it; throws when it cannot. */
  snapshotBeforeRepair: () => Promise<void>;
  dismiss: () => void;
}

export const BackupContext = createContext<BackupApi | null>(null);

export function useBackup(): BackupApi {
  const api = useContext(BackupContext);
  if (!api) throw new Error('useBackup must be used inside <BackupProvider>.');
  return api;
}
