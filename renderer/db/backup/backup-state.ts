/**
 * When the library last changed, was backed up and was snapshotted, per database. Kept in
 * localStorage: it is written on every change, synchronously, and must survive the database
 * being replaced by a restore. Workers have no localStorage, so only the page's writes count.
 */
export interface BackupState {
  lastChangeAt?: number;
  /** The first change since the last backup; a reminder is due a week after it. */
  firstChangeSinceBackupAt?: number;
  lastBackupAt?: number;
  lastSnapshotAt?: number;
}

const PREFIX = 'lectern.backupState.';
/** Changes within this long of the last recorded one are not written again. */
const CHANGE_RESOLUTION_MS = 5_000;
export const REMINDER_AFTER_MS = 7 * 86_400_000;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function isState(value: unknown): value is BackupState {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readBackupState(databaseName: string): BackupState {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(PREFIX + databaseName) ?? '{}');
    return isState(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

function writeBackupState(databaseName: string, state: BackupState): void {
  storage()?.setItem(PREFIX + databaseName, JSON.stringify(state));
}

export function noteLibraryChange(databaseName: string, now: number = Date.now()): void {
  if (!storage()) return;
  const state = readBackupState(databaseName);
  const recent = state.lastChangeAt !== undefined && now - state.lastChangeAt < CHANGE_RESOLUTION_MS;
  if (recent && state.firstChangeSinceBackupAt !== undefined) return;
  writeBackupState(databaseName, { ...state, lastChangeAt: now, firstChangeSinceBackupAt: state.firstChangeSinceBackupAt ?? now });
}

/** A backup the user keeps (a download or a saved file), made at `at`. */
export function noteBackup(databaseName: string, at: number): void {
  const state = readBackupState(databaseName);
  delete state.firstChangeSinceBackupAt;
  writeBackupState(databaseName, { ...state, lastBackupAt: at });
}

export function noteSnapshot(databaseName: string, at: number): void {
  writeBackupState(databaseName, { ...readBackupState(databaseName), lastSnapshotAt: at });
}

/** Whether anything was written since the last snapshot (or ever, when there is none). */
export function changedSinceSnapshot(state: BackupState): boolean {
  return state.lastChangeAt !== undefined && (state.lastSnapshotAt === undefined || state.lastChangeAt > state.lastSnapshotAt);
}

/** A week of changes without a backup. */
export function backupReminderDue(state: BackupState, now: number = Date.now()): boolean {
  return state.firstChangeSinceBackupAt !== undefined && now - state.firstChangeSinceBackupAt >= REMINDER_AFTER_MS;
}
