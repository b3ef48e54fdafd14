import { useEffect, useState, type ReactNode } from 'react';
import { backupReminderDue, readBackupState } from '../../db/backup/backup-state';
import { db as appDb } from '../../db/schema/database';
import { getHost } from '../../host';
import { useBackup } from './backup-context';

const RECHECK_MS = 60 * 60 * 1000;

/** In a browser, after a week of changes without a backup: one quiet line and a one-click backup. */
export function BackupReminder(): ReactNode {
  const { activity, backUp } = useBackup();
  const [due, setDue] = useState(() => backupReminderDue(readBackupState(appDb.name)));
  useEffect(() => {
    setDue(backupReminderDue(readBackupState(appDb.name)));
    const timer = window.setInterval(() => setDue(backupReminderDue(readBackupState(appDb.name))), RECHECK_MS);
    return () => window.clearInterval(timer);
  }, [activity.phase]);
  if (getHost().kind !== 'browser' || !due) return null;
  return (
    <div className="backup-reminder-line">
      <span>No backup for over a week.</span>
      <button type="button" className="link-button" disabled={activity.phase !== 'idle'} onClick={() => void backUp()}>
        Back up now
      </button>
    </div>
  );
}
