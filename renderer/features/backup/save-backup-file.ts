import { downloadBlob } from '../../ui/download';

/** Hands the backup to the user as a download; resolves false when it was not saved. */
export function saveBackupFile(file: Blob, fileName: string): Promise<boolean> {
  downloadBlob(fileName, file);
  return Promise.resolve(true);
}
