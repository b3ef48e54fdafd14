import type { ReactNode } from 'react';
import type { BackupManifest } from '../../../shared/backup/format';
import { Dialog } from '../../ui/Dialog';
import { useBackup } from './backup-context';
import { countsText, dateTimeText } from './describe-backup';

/** What the checked backup holds, and the one question before the library is replaced. */
export function RestoreConfirmDialog({ source, manifest }: { source: string; manifest: BackupManifest }): ReactNode {
  const { confirmRestore, cancelRestore } = useBackup();
  return (
    <Dialog title="Restore from backup" subtitle={source} onClose={() => void cancelRestore()} className="backup-dialog">
      <div className="backup-dialog-body">
        <dl className="backup-facts">
          <dt>Made</dt>
          <dd>{dateTimeText(manifest.createdAt)}</dd>
          <dt>By</dt>
          <dd>Lectern {manifest.appVersion}</dd>
          <dt>Holds</dt>
          <dd>{countsText(manifest.tables)}</dd>
        </dl>
        <p>The backup checked out whole. Restoring replaces the library with it; the current library is kept as a snapshot first, in Settings › Backups.</p>
        <div className="backup-dialog-actions">
          <button type="button" className="button" onClick={() => void cancelRestore()}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={() => void confirmRestore()}>
            Replace library
          </button>
        </div>
      </div>
    </Dialog>
  );
}
