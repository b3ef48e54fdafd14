import { describe, expect, it } from 'vitest';
import { snapshotsToDelete, type RotatedSnapshot } from '../../../../shared/backup/rotation';

const at = (iso: string, reason: RotatedSnapshot['reason'] = 'quit'): RotatedSnapshot => ({ id: `${reason}-${iso}`, reason, createdAt: iso });

describe('snapshot rotation', () => {
  it('keeps the newest snapshot of each of the last seven days', () => {
    const snapshots = [
      at('2026-12-04T18:00:00Z'),
      at('2026-12-04T09:00:00Z', 'periodic'),
      ...[3, 2, 1].map((day) => at(`2026-12-0${day}T12:00:00Z`)),
      ...[30, 29, 28, 27].map((day) => at(`2026-11-${day}T12:00:00Z`)),
    ];
    const deleted = snapshotsToDelete(snapshots);
    // The seven days are Dec 4 (its newest only) to Nov 28; Nov 27 is older than those, and Nov 29 is newer in its week.
    expect(deleted.sort()).toEqual(['periodic-2026-12-04T09:00:00Z', 'quit-2026-11-27T12:00:00Z'].sort());
  });

  it('keeps the newest of each of the last four weeks beyond the daily ones, and drops older weeks', () => {
    const weekly = ['2026-12-04', '2026-11-26', '2026-11-19', '2026-11-12', '2026-11-05', '2026-10-29'].map((day) => at(`${day}T12:00:00Z`));
    const deleted = snapshotsToDelete(weekly);
    // Each is its own day, so the daily rule keeps all six.
    expect(deleted).toEqual([]);
    const many = [...Array.from({ length: 10 }, (_, i) => at(`2026-12-${String(10 + i).padStart(2, '0')}T12:00:00Z`)), ...weekly];
    const deletedFromMany = snapshotsToDelete(many);
    const kept = many.filter((snapshot) => !deletedFromMany.includes(snapshot.id)).map((snapshot) => snapshot.createdAt.slice(0, 10));
    // Seven days (Dec 13–19), and the newest of four weeks starting on Mondays: Dec 14 (Dec 19), Dec 7 (Dec 13), Nov 30 (Dec 4), Nov 23 (Nov 26).
    expect(kept.sort()).toEqual(['2026-11-26', '2026-12-04', '2026-12-13', '2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18', '2026-12-19']);
  });

  it('keeps the five newest snapshots taken before a restore or a repair, whatever the automatic ones do', () => {
    const safety = Array.from({ length: 7 }, (_, i) => at(`2026-12-0${i + 1}T08:00:00Z`, i % 2 === 0 ? 'before-restore' : 'before-repair'));
    const deleted = snapshotsToDelete([...safety, at('2026-12-07T20:00:00Z')]);
    expect(deleted.sort()).toEqual(['before-restore-2026-12-01T08:00:00Z', 'before-repair-2026-12-02T08:00:00Z'].sort());
  });
});
