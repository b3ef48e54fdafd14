/**
 * How snapshot files are named: `lectern-<UTC time>-<reason>.lectern`, in characters every file
 * system accepts, so the folder sorts by time and a name alone says when and why it was taken.
 */
import { BACKUP_EXTENSION } from '../../shared/backup/format';
import { SNAPSHOT_REASONS, type SnapshotReason } from '../../shared/backup/snapshots';

const NAME_PATTERN = new RegExp(
  `^lectern-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)-(${SNAPSHOT_REASONS.join('|')})\\${BACKUP_EXTENSION}$`,
);

/** The file name for a snapshot made at `createdAt` (any date the manifest accepts) for `reason`. */
export function snapshotFileName(createdAt: string, reason: SnapshotReason): string {
  const time = Date.parse(createdAt);
  const stamp = Number.isNaN(time) ? '' : new Date(time).toISOString().replace(/[:.]/g, '-');
  const name = `lectern-${stamp}-${reason}${BACKUP_EXTENSION}`;
  if (!NAME_PATTERN.test(name))
    throw new RangeError(`A snapshot cannot be named for the time “${createdAt}”.`);
  return name;
}

/** The reason a snapshot's file name records, or null for a name that is not a snapshot's. */
export function reasonOfSnapshotName(name: string): SnapshotReason | null {
  const reason = NAME_PATTERN.exec(name)?.[2];
  return SNAPSHOT_REASONS.find((known) => known === reason) ?? null;
}

/** Where a snapshot's facts are kept beside it, so listing never opens the snapshot itself. */
export function sidecarName(snapshotName: string): string {
  return `${snapshotName}.json`;
}

/** The snapshot a sidecar belongs to, or null for a name that is not a sidecar's. */
export function snapshotOfSidecar(name: string): string | null {
  const snapshot = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
  return reasonOfSnapshotName(snapshot) === null ? null : snapshot;
}
