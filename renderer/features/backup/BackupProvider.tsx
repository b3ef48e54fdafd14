// The backup feature owns backing up, restoring (from a file or a snapshot) and the automatic snapshots.

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { backupLibrary } from '../../db/backup/backup-client';
import { noteBackup } from '../../db/backup/backup-state';
import type { RestoredLibrary } from '../../db/backup/restore-backup';
import { deleteRetiredLibraries, discardRestoredLibrary, switchToRestoredLibrary } from '../../db/backup/switch-library';
import { restoreToNewDatabase } from '../../db/backup/backup-client';
import { db as appDb } from '../../db/schema/database';
import { getHost } from '../../host';
import type { SnapshotInfo } from '../../../shared/backup/snapshots';
import { BackupContext, type BackupActivity, type BackupApi } from './backup-context';
import { chooseBackupFile } from './choose-backup-file';
import { backupFileName, countsText, dateTimeText, sizeText } from './describe-backup';
import { useAutomaticSnapshots } from './use-automatic-snapshots';
import { announceLibrarySwitch, useReloadOnLibrarySwitch } from './use-library-switch';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One backup job at a time; the reader stays usable while it runs. */
export function BackupProvider({ children }: { children: ReactNode }): ReactNode {
  const host = getHost();
  const [activity, setActivity] = useState<BackupActivity>({ phase: 'idle' });
  const busy = useRef(false);
  const pending = useRef<RestoredLibrary | null>(null);

  useAutomaticSnapshots(host);
  useReloadOnLibrarySwitch();
  useEffect(() => void deleteRetiredLibraries().catch(() => undefined), []);

  const exclusive = useCallback(async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } finally {
      busy.current = false;
    }
  }, []);

  const backUp = useCallback(
    () =>
      exclusive(async () => {
        setActivity({ phase: 'backing-up', rowsDone: 0, rowsTotal: 0 });
        try {
          const made = await backupLibrary((progress) => setActivity({ phase: 'backing-up', ...progress }));
          const saved = await host.saveBackupFile(made.file, backupFileName(made.manifest.createdAt));
          if (!saved) return setActivity({ phase: 'idle' });
          noteBackup(appDb.name, Date.parse(made.manifest.createdAt));
          setActivity({ phase: 'backed-up', message: `Backed up ${countsText(made.manifest.tables)} (${sizeText(made.file.size)}).` });
        } catch (error) {
          setActivity({ phase: 'failed', title: 'Backup failed', message: `The library could not be backed up: ${messageOf(error)}` });
        }
      }),
    [exclusive, host],
  );

  const check = useCallback(async (file: Blob, source: string) => {
    setActivity({ phase: 'checking', source, bytesRead: 0, bytesTotal: file.size });
    try {
      const restored = await restoreToNewDatabase(file, ({ bytesRead }) => setActivity({ phase: 'checking', source, bytesRead, bytesTotal: file.size }));
      pending.current = restored;
      setActivity({ phase: 'confirm', source, restored });
    } catch (error) {
      setActivity({ phase: 'failed', title: 'Backup not restored', message: `${source} cannot be restored. ${messageOf(error)} Your library is unchanged.` });
    }
  }, []);

  const chooseAndRestore = useCallback(
    () =>
      exclusive(async () => {
        const file = await chooseBackupFile();
        if (file) await check(file, file.name);
      }),
    [exclusive, check],
  );

  const restoreSnapshot = useCallback(
    (snapshot: SnapshotInfo) =>
      exclusive(async () => {
        try {
          await check(await host.snapshots.read(snapshot.id), `The snapshot of ${dateTimeText(snapshot.createdAt)}`);
        } catch (error) {
          setActivity({ phase: 'failed', title: 'Backup not restored', message: `${messageOf(error)} Your library is unchanged.` });
        }
      }),
    [exclusive, host, check],
  );

  const keepSnapshot = useCallback(
    async (reason: 'before-restore' | 'before-repair') => {
      const made = await backupLibrary();
      await host.snapshots.save(made.file, made.manifest, reason);
    },
    [host],
  );

  const confirmRestore = useCallback(
    () =>
      exclusive(async () => {
        const restored = pending.current;
        if (!restored) return;
        setActivity({ phase: 'replacing' });
        try {
          await keepSnapshot('before-restore');
        } catch (error) {
          pending.current = null;
          await discardRestoredLibrary(restored.databaseName).catch(() => undefined);
          setActivity({
            phase: 'failed',
            title: 'Library not replaced',
            message: `The current library could not be kept as a snapshot, so nothing was replaced: ${messageOf(error)}`,
          });
          return;
        }
        switchToRestoredLibrary(restored.databaseName, restored.manifest.createdAt);
        announceLibrarySwitch();
        window.location.reload();
      }),
    [exclusive, keepSnapshot],
  );

  const cancelRestore = useCallback(async () => {
    const restored = pending.current;
    pending.current = null;
    setActivity({ phase: 'idle' });
    if (restored) await discardRestoredLibrary(restored.databaseName).catch(() => undefined);
  }, []);

  useEffect(
    () =>
      host.onCommand((command) => {
        if (command === 'backup') void backUp();
        if (command === 'restore') void chooseAndRestore();
      }),
    [host, backUp, chooseAndRestore],
  );

  const snapshotBeforeRepair = useCallback(() => keepSnapshot('before-repair'), [keepSnapshot]);
  const dismiss = useCallback(() => setActivity({ phase: 'idle' }), []);

  const api = useMemo<BackupApi>(
    () => ({ activity, backUp, chooseAndRestore, restoreSnapshot, confirmRestore, cancelRestore, snapshotBeforeRepair, dismiss }),
    [activity, backUp, chooseAndRestore, restoreSnapshot, confirmRestore, cancelRestore, snapshotBeforeRepair, dismiss],
  );
  return <BackupContext value={api}>{children}</BackupContext>;
}
