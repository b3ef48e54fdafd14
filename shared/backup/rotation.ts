import type { SnapshotReason } from './snapshots';

export interface RotatedSnapshot {
  id: string;
  reason: SnapshotReason;
  createdAt: string;
}

/** Automatic snapshots kept: the newest of each of the last 7 days and of each of the last 4 weeks that have any. */
export const DAILY_KEPT = 7;
export const WEEKLY_KEPT = 4;
/** Snapshots taken before a restore or a repair are the user's way back, kept apart from the rotation. */
export const SAFETY_KEPT = 5;

const DAY_MS = 86_400_000;

function dayOf(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** Weeks start on Monday (1970-01-01 was a Thursday). */
function weekOf(time: number): number {
  return Math.floor((dayOf(time) + 3) / 7);
}

/** The newest snapshot of each of the `count` most recent periods. */
function newestPerPeriod(newestFirst: readonly (RotatedSnapshot & { time: number })[], period: (time: number) => number, count: number): string[] {
  const kept: string[] = [];
  const seen = new Set<number>();
  for (const snapshot of newestFirst) {
    const key = period(snapshot.time);
    if (seen.has(key)) continue;
    if (seen.size === count) break;
    seen.add(key);
    kept.push(snapshot.id);
  }
  return kept;
}

/** Which snapshots the rotation removes (UTC days and weeks, so every machine agrees). */
export function snapshotsToDelete(snapshots: readonly RotatedSnapshot[]): string[] {
  const dated = snapshots
    .map((snapshot) => ({ ...snapshot, time: Date.parse(snapshot.createdAt) }))
    .sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : -1));
  const automatic = dated.filter((snapshot) => snapshot.reason === 'quit' || snapshot.reason === 'periodic');
  const safety = dated.filter((snapshot) => snapshot.reason === 'before-restore' || snapshot.reason === 'before-repair');
  const keep = new Set([
    ...newestPerPeriod(automatic, dayOf, DAILY_KEPT),
    ...newestPerPeriod(automatic, weekOf, WEEKLY_KEPT),
    ...safety.slice(0, SAFETY_KEPT).map((snapshot) => snapshot.id),
  ]);
  return dated.filter((snapshot) => !keep.has(snapshot.id)).map((snapshot) => snapshot.id);
}
