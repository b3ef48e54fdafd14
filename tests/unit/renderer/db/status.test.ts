import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { queryFilteredIds } from '../../../../renderer/db/organize/filters';
import { queryStatusCounts } from '../../../../renderer/db/organize/queries';
import { getSettings, setSetting } from '../../../../renderer/db/settings/settings';
import { bulkSetStatus, markOpened, setStatus, toggleStar } from '../../../../renderer/db/organize/reading-status';
import { freshDatabase, snapshot } from './fixtures';
import { idAt, seedAbstracts } from './organize-fixtures';

let database: LecternDB;
let ids: number[];

beforeEach(async () => {
  database = freshDatabase();
  ids = await seedAbstracts(database, 6);
});

const at = (index: number): number => idAt(ids, index);
const statusOf = async (index: number): Promise<string | undefined> => (await database.abstracts.get(at(index)))?.status;

describe('reading status and stars', () => {
  it('imports abstracts as unread and unstarred', async () => {
    expect(await queryStatusCounts(database)).toEqual({ unread: 6, reading: 0, read: 0, starred: 0 });
  });

  it('sets a status with undo and redo', async () => {
    const change = await setStatus(at(0), 'reading', database);
    expect(await statusOf(0)).toBe('reading');
    await change.undo();
    expect(await statusOf(0)).toBe('unread');
    await change.redo();
    expect(await statusOf(0)).toBe('reading');
    await expect(setStatus(at(0), 'done' as never, database)).rejects.toThrow(/not a reading status/);
  });

  it('bulk-sets a status, and undo restores each abstract to its own previous status', async () => {
    await setStatus(at(0), 'reading', database);
    await setStatus(at(1), 'read', database);
    const before = await snapshot(database);
    const change = await bulkSetStatus(ids, 'read', database);
    expect(await queryStatusCounts(database)).toMatchObject({ unread: 0, reading: 0, read: 6 });
    await change.undo();
    expect(await snapshot(database)).toEqual(before);
    expect(await queryStatusCounts(database)).toMatchObject({ unread: 4, reading: 1, read: 1 });
  });

  it('toggles a star and counts it', async () => {
    const on = await toggleStar(at(2), database);
    expect(on.starred).toBe(true);
    expect((await queryStatusCounts(database)).starred).toBe(1);
    expect(await queryFilteredIds({ starred: true }, 'added', database)).toEqual([at(2)]);
    expect(await queryFilteredIds({ starred: false }, 'added', database)).toHaveLength(5);
    const off = await toggleStar(at(2), database);
    expect(off.starred).toBe(false);
    // An unstarred row leaves the field out, so it has no entry in the star index.
    expect(Object.keys((await database.abstracts.get(at(2))) ?? {})).not.toContain('starred');
    expect(await queryFilteredIds({ starred: false }, 'added', database)).toHaveLength(6);
    await off.undo();
    expect((await database.abstracts.get(at(2)))?.starred).toBe(1);
  });

  it('keeps a star through a bulk status change and its undo', async () => {
    await toggleStar(at(1), database);
    const change = await bulkSetStatus(ids, 'read', database);
    expect((await database.abstracts.get(at(1)))?.starred).toBe(1);
    await change.undo();
    expect(await queryFilteredIds({ starred: true }, 'added', database)).toEqual([at(1)]);
    expect(await queryStatusCounts(database)).toEqual({ unread: 6, reading: 0, read: 0, starred: 1 });
  });
});

describe('settings and opening an abstract', () => {
  it('leaves the status alone on open by default', async () => {
    expect(await getSettings(database)).toEqual({ markReadingOnOpen: false });
    expect(await markOpened(at(0), database)).toBeNull();
    expect(await statusOf(0)).toBe('unread');
  });

  it('marks an unread abstract Reading on open once the setting is on, never a read one', async () => {
    await setSetting('markReadingOnOpen', true, database);
    expect(await getSettings(database)).toEqual({ markReadingOnOpen: true });
    const opened = await markOpened(at(0), database);
    expect(await statusOf(0)).toBe('reading');
    await opened?.undo();
    expect(await statusOf(0)).toBe('unread');
    await setStatus(at(1), 'read', database);
    expect(await markOpened(at(1), database)).toBeNull();
    expect(await statusOf(1)).toBe('read');
  });
});
