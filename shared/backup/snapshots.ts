/** Why a snapshot was taken: automatically (on quit, or every few hours of use), or to keep the library as it was before a restore or a repair. */
export const SNAPSHOT_REASONS = ['quit', 'periodic', 'before-restore', 'before-repair'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/** A kept snapshot, as Settings › Backups lists it: a whole .lectern backup with its manifest's facts. */
export interface SnapshotInfo {
  /** Stable and unique: the file name in the desktop app's snapshot folder. */
  id: string;
  reason: SnapshotReason;
  /** ISO 8601, from the backup's manifest. */
  createdAt: string;
  /** The file's size in bytes. */
  bytes: number;
  appVersion: string;
  schemaVersion: number;
  /** Rows per table, from the manifest. */
  tables: Record<string, number>;
}
