import { useMemo } from 'react';
import { useCommands } from '../../ui/command-registry';
import { useBackup } from './backup-context';

/** "Back up library…" and "Restore from backup…" in the command palette. */
export function useBackupCommands(): void {
  const { backUp, chooseAndRestore } = useBackup();
  useCommands(
    useMemo(
      () => [
        { id: 'backup.create', title: 'Back up library…', keywords: 'backup export save copy lectern', run: () => void backUp() },
        { id: 'backup.restore', title: 'Restore from backup…', keywords: 'restore import backup lectern', run: () => void chooseAndRestore() },
      ],
      [backUp, chooseAndRestore],
    ),
  );
}
