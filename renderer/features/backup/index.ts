// The backup feature's public entry: the only file of it that the app and other features import.
export { BackupActivityPanel } from './BackupActivityPanel';
export { BackupProvider } from './BackupProvider';
export { BackupReminder } from './BackupReminder';
export { BackupSection } from './BackupSection';
export { useBackup } from './backup-context';
export { useBackupCommands } from './use-backup-commands';
