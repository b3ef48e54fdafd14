import { useEffect } from 'react';
import { backupLibrary } from '../../db/backup/backup-client';
import { changedSinceSnapshot, noteSnapshot, readBackupState } from '../../db/backup/backup-state';
import { db as appDb } from '../../db/schema/database';
import type { Host } from '../../host/types';

/** Answers the desktop app's requests for a snapshot (on quit, every few hours): one is taken only when the library changed since the last. */
export function useAutomaticSnapshots(host: Host): void {
  useEffect(
    () =>
      host.onSnapshotRequest(async (reason) => {
        if (!changedSinceSnapshot(readBackupState(appDb.name))) return;
        const made = await backupLibrary();
        await host.snapshots.save(made.file, made.manifest, reason);
        noteSnapshot(appDb.name, Date.parse(made.manifest.createdAt));
      }),
    [host],
  );
}
