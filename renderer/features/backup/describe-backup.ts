import type { BackupManifest } from '../../../shared/backup/format';
import { countLabel } from '../../ui/format';

/** What a backup holds, in the words of the app, for the confirmation and the snapshot list. */
const COUNTED: readonly [table: string, noun: string][] = [
  ['abstracts', 'abstract'],
  ['annotations', 'highlight'],
  ['notes', 'note'],
  ['tags', 'tag'],
  ['lists', 'reading list'],
  ['links', 'link'],
  ['captures', 'capture'],
];

export function countsText(tables: BackupManifest['tables']): string {
  return COUNTED.map(([table, noun]) => countLabel(tables[table] ?? 0, noun)).join(', ');
}

export function dateTimeText(iso: string | number): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** `lectern-backup-2026-12-04-1820.lectern`, in local time. */
export function backupFileName(createdAt: string): string {
  const date = new Date(createdAt);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `lectern-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}.lectern`;
}
