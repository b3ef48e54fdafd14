import { runChange, type AbstractChange } from '../undo/change-set';
import { db as appDb, type LecternDB } from '../schema/database';
import type { Reversible } from '../undo/reversible';
import type { Status } from './types';
import { STATUS_VALUES } from './types';
import { rowsById } from '../abstracts/rows-by-id';
import { getSettings } from '../settings/settings';

function checkStatus(status: Status): void {
  if (!STATUS_VALUES.includes(status)) throw new Error(`"${String(status)}" is not a reading status.`);
}

/**
 * Sets many abstracts' status in one transaction. The selected rows are read once, in id ranges
 * (their cost follows the selection, not the library), and only those whose status differs are written.
 */
export async function bulkSetStatus(abstractIds: readonly number[], status: Status, database: LecternDB = appDb): Promise<Reversible> {
  checkStatus(status);
  const { undo, redo } = await runChange(async () => {
    const rowsRead = (await rowsById(database.abstracts, abstractIds)).filter((row) => row.status !== status);
    const abstracts: AbstractChange[] = rowsRead.map((row) => ({ id: row.id, before: { status: row.status }, after: { status } }));
    return { change: { abstracts }, rowsRead };
  }, database);
  return { undo, redo };
}

export function setStatus(abstractId: number, status: Status, database: LecternDB = appDb): Promise<Reversible> {
  return bulkSetStatus([abstractId], status, database);
}

export async function toggleStar(abstractId: number, database: LecternDB = appDb): Promise<Reversible & { starred: boolean }> {
  const { undo, redo, result } = await runChange(async () => {
    const row = await database.abstracts.get(abstractId);
    if (row === undefined) throw new Error(`Abstract ${abstractId} is not in the library.`);
    const [before, after] = row.starred === 1 ? ([1, 0] as const) : ([0, 1] as const);
    return { change: { abstracts: [{ id: abstractId, before: { starred: before }, after: { starred: after } }] }, result: after === 1 };
  }, database);
  return { undo, redo, starred: result ?? false };
}

/**
 * Called when the reader opens an abstract: marks it Reading if the user asked for that in Settings
 * and it is still Unread. Resolves with the undo pair when it changed something, else null.
 */
export async function markOpened(abstractId: number, database: LecternDB = appDb): Promise<Reversible | null> {
  const settings = await getSettings(database);
  if (!settings.markReadingOnOpen) return null;
  if ((await database.abstracts.get(abstractId))?.status !== 'unread') return null;
  return setStatus(abstractId, 'reading', database);
}
