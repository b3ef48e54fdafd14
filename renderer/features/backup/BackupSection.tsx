import type { ReactNode } from 'react';
import type { SnapshotInfo, SnapshotReason } from '../../../shared/backup/snapshots';
import { backupReminderDue, readBackupState } from '../../db/backup/backup-state';
import { db as appDb } from '../../db/schema/database';
import { getHost } from '../../host';
import { useBackup } from './backup-context';
import { countsText, dateTimeText, sizeText } from './describe-backup';
import { useSnapshots } from './use-snapshots';

const REASON_TEXT: Record<SnapshotReason, string> = {
  quit: 'On quit',
  periodic: 'While working',
  'before-restore': 'Before a restore',
  'before-repair': 'Before a repair',
};

function SnapshotItem({ snapshot, busy }: { snapshot: SnapshotInfo; busy: boolean }): ReactNode {
  const { restoreSnapshot } = useBackup();
  const when = dateTimeText(snapshot.createdAt);
  return (
    <li className="snapshot-item">
      <div className="snapshot-text">
        <span className="snapshot-date">{when}</span>
        <span className="snapshot-meta">
          {REASON_TEXT[snapshot.reason]} · {sizeText(snapshot.bytes)}
        </span>
        <span className="snapshot-counts">{countsText(snapshot.tables)}</span>
      </div>
      <button type="button" className="button button-small" disabled={busy} aria-label={`Restore the snapshot of ${when}`} onClick={() => void restoreSnapshot(snapshot)}>
        Restore
      </button>
    </li>
  );
}

/** Settings › Backups: back up, restore, when the last backup was made, and the kept snapshots. */
export function BackupSection(): ReactNode {
  const host = getHost();
  const { activity, backUp, chooseAndRestore } = useBackup();
  const busy = activity.phase !== 'idle' && activity.phase !== 'backed-up' && activity.phase !== 'failed';
  const { snapshots, error } = useSnapshots(host, activity.phase);
  const state = readBackupState(appDb.name);
  return (
    <section className="settings-section" aria-labelledby="settings-backups">
      <h3 id="settings-backups" className="settings-heading">
        Backups
      </h3>
      <p className="settings-hint">{state.lastBackupAt === undefined ? 'No backup made yet.' : `Last backup: ${dateTimeText(state.lastBackupAt)}.`}</p>
      {backupReminderDue(state) && <p className="backup-reminder">More than a week of changes since the last backup.</p>}
      <div className="settings-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void backUp()}>
          Back up library…
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void chooseAndRestore()}>
          Restore from backup…
        </button>
      </div>
      <h4 className="settings-subheading">{host.kind === 'electron' ? 'Automatic snapshots' : 'Snapshots kept in this browser'}</h4>
      {error !== null && <p role="alert">The snapshots could not be listed: {error}</p>}
      {snapshots !== null && snapshots.length === 0 && error === null && <p className="settings-hint">None yet.</p>}
      {snapshots !== null && snapshots.length > 0 && (
        <ul className="snapshot-list" aria-label="Snapshots">
          {snapshots.map((snapshot) => (
            <SnapshotItem key={snapshot.id} snapshot={snapshot} busy={busy} />
          ))}
        </ul>
      )}
    </section>
  );
}
