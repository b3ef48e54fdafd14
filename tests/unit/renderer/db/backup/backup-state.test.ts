import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backupReminderDue,
  changedSinceSnapshot,
  noteBackup,
  noteSnapshot,
  readBackupState,
  REMINDER_AFTER_MS,
} from '../../../../../renderer/db/backup/backup-state';
import { freshDatabase } from '../fixtures';
import { tagUid } from '../../../../../shared/sync/uids';

/** The part of Storage the backup state uses, over a Map. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

beforeEach(() => vi.stubGlobal('localStorage', new MemoryStorage()));
afterEach(() => vi.unstubAllGlobals());

const DAY = 86_400_000;

describe('the backup state a library keeps', () => {
  it('notes any write to the library, whatever makes it, but not the search index cache', async () => {
    const database = freshDatabase();
    await database.searchIndex.put({ key: 'pending', ids: [1] });
    expect(readBackupState(database.name)).toEqual({});

    await database.tags.add({ id: 1, uid: tagUid('theory'), path: 'theory', color: null });
    const state = readBackupState(database.name);
    expect(state.lastChangeAt).toBeTypeOf('number');
    expect(state.firstChangeSinceBackupAt).toBe(state.lastChangeAt);
    expect(changedSinceSnapshot(state)).toBe(true);
    database.close();
  });

  it('is due for a reminder a week after the first change since the last backup, and not after a backup', async () => {
    const database = freshDatabase();
    await database.tags.add({ id: 1, uid: tagUid('theory'), path: 'theory', color: null });
    const first = readBackupState(database.name).firstChangeSinceBackupAt ?? 0;
    expect(backupReminderDue(readBackupState(database.name), first + REMINDER_AFTER_MS - 1)).toBe(false);
    expect(backupReminderDue(readBackupState(database.name), first + REMINDER_AFTER_MS)).toBe(true);

    noteBackup(database.name, first + 8 * DAY);
    const after = readBackupState(database.name);
    expect(after.lastBackupAt).toBe(first + 8 * DAY);
    expect(backupReminderDue(after, first + 30 * DAY)).toBe(false);
    database.close();
  });

  it('counts a change after the last snapshot, and none before it', async () => {
    const database = freshDatabase();
    await database.tags.add({ id: 1, uid: tagUid('theory'), path: 'theory', color: null });
    noteSnapshot(database.name, Date.now() + 1_000);
    expect(changedSinceSnapshot(readBackupState(database.name))).toBe(false);
    noteSnapshot(database.name, 0);
    expect(changedSinceSnapshot(readBackupState(database.name))).toBe(true);
    database.close();
  });
});
