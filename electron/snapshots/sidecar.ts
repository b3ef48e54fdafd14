/** A snapshot's sidecar: its SnapshotInfo as JSON, trusted only while it still describes the file beside it. */
import type { BackupManifest } from '../../shared/backup/format';
import { SNAPSHOT_REASONS, type SnapshotInfo, type SnapshotReason } from '../../shared/backup/snapshots';

export function snapshotInfo(
  id: string,
  reason: SnapshotReason,
  bytes: number,
  manifest: BackupManifest,
): SnapshotInfo {
  return {
    id,
    reason,
    createdAt: manifest.createdAt,
    bytes,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    tables: manifest.tables,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function countsOf(value: unknown): Record<string, number> | null {
  if (!isRecord(value)) return null;
  const counts: Record<string, number> = {};
  for (const [table, count] of Object.entries(value)) {
    if (!isWhole(count)) return null;
    counts[table] = count;
  }
  return counts;
}

/**
 * The sidecar's SnapshotInfo, or null when it is damaged or stale: it must name this file,
 * with its reason and its current size.
 */
export function parseSidecar(
  text: string,
  id: string,
  reason: SnapshotReason,
  bytes: number,
): SnapshotInfo | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const { createdAt, appVersion, schemaVersion } = value;
  const tables = countsOf(value['tables']);
  const fits =
    value['id'] === id &&
    value['reason'] === reason &&
    SNAPSHOT_REASONS.includes(reason) &&
    value['bytes'] === bytes &&
    typeof createdAt === 'string' &&
    !Number.isNaN(Date.parse(createdAt)) &&
    typeof appVersion === 'string' &&
    isWhole(schemaVersion) &&
    tables !== null;
  return fits ? { id, reason, createdAt, bytes, appVersion, schemaVersion, tables } : null;
}
