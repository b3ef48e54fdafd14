import type { ReactNode } from 'react';
import { Dialog } from '../../ui/Dialog';
import { useBackup } from './backup-context';

/** Why a backup or a restore did not happen, and that nothing changed. */
export function BackupProblemDialog({ title, message }: { title: string; message: string }): ReactNode {
  const { dismiss } = useBackup();
  return (
    <Dialog title={title} onClose={dismiss} className="backup-dialog">
      <div className="backup-dialog-body">
        <p role="alert">{message}</p>
      </div>
    </Dialog>
  );
}
