import type { ReactNode } from 'react';
import { useBackup } from './backup-context';
import { BackupProblemDialog } from './BackupProblemDialog';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';
import './backup.css';

function ProgressLine({ label, done, total }: { label: string; done: number; total: number }): ReactNode {
  const known = total > 0;
  const percent = known ? Math.min(100, Math.round((done / total) * 100)) : null;
  return (
    <div className="backup-progress">
      <span className="backup-progress-label">
        {label}
        {percent !== null && ` ${percent}%`}
      </span>
      <progress aria-label={label} max={known ? total : undefined} value={known ? done : undefined} />
    </div>
  );
}

/**
 * A backup's or a restore's progress and outcome, beside the import's. The page stays usable: only
 * the question before replacing the library, and a refusal, are modal.
 */
export function BackupActivityPanel(): ReactNode {
  const { activity, dismiss } = useBackup();
  return (
    <section aria-label="Backup activity" className="backup-activity" data-empty={activity.phase === 'idle' || undefined}>
      {activity.phase === 'backing-up' && <ProgressLine label="Backing up library" done={activity.rowsDone} total={activity.rowsTotal} />}
      {activity.phase === 'checking' && <ProgressLine label="Checking backup" done={activity.bytesRead} total={activity.bytesTotal} />}
      {activity.phase === 'replacing' && <ProgressLine label="Keeping a snapshot of the current library" done={0} total={0} />}
      <div role="status" className="backup-status">
        {activity.phase === 'backed-up' && <p>{activity.message}</p>}
      </div>
      {activity.phase === 'backed-up' && (
        <button type="button" className="link-button backup-dismiss" onClick={dismiss}>
          Dismiss
        </button>
      )}
      {activity.phase === 'confirm' && <RestoreConfirmDialog source={activity.source} manifest={activity.restored.manifest} />}
      {activity.phase === 'failed' && <BackupProblemDialog title={activity.title} message={activity.message} />}
    </section>
  );
}
