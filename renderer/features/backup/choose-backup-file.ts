import { BACKUP_EXTENSION } from '../../../shared/backup/format';

/** Shows the file chooser for one backup file; resolves to null when the user cancels. */
export function chooseBackupFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `${BACKUP_EXTENSION},application/zip`;
    input.hidden = true;
    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}
