import { runChange, type AbstractChange } from './change-set';
import { db as appDb, type LecternDB } from './database';
import type { Reversible, Status } from './organize-types';
import { STATUS_VALUES } from './organize-types';
import { getSettings } from './settings';

function checkStatus(status: Status): void {
  if (!STATUS_VALUES.includes(status)) throw new Error(`"${String(status)}" is not a reading status.`);
}

/**
 * Sets many abstracts' status in one transaction. Reads index keys only (which abstracts have which
 * status), so 10,000 abstracts cost one bulk update, not 10,000 row reads and compares.
 */
export async function bulkSetStatus(abstractIds: readonly number[], status: Status, database: LecternDB = appDb): Promise<Reversible> {
  checkStatus(status);
  const { undo, redo } = await runChange(database, async () => {
    const wanted = new Set(abstractIds);
    const others = STATUS_VALUES.filter((value) => value !== status);
    const keyLists = await Promise.all(others.map((value) => database.abstracts.where('status').equals(value).primaryKeys()));
    const abstracts: AbstractChange[] = [];
    others.forEach((value, index) => {
      for (const id of keyLists[index] ?? []) {
        if (wanted.has(id)) abstracts.push({ id, before: { status: value }, after: { status } });
      }
    });
    return { change: { abstracts } };
  });
  return { undo, redo };
}

export function setStatus(abstractId: number, status: Status, database: LecternDB = appDb): Promise<Reversible> {
  return bulkSetStatus([abstractId], status, database);
}

export async function toggleStar(abstractId: number, database: LecternDB = appDb): Promise<Reversible & { starred: boolean }> {
  const { undo, redo, result } = await runChange(database, async () => {
    const row = await database.abstracts.get(abstractId);
    if (row === undefined) throw new Error(`Abstract ${abstractId} is not in the library.`);
    const starred = row.starred === 1 ? 0 : 1;
    return { change: { abstracts: [{ id: abstractId, before: { starred: row.starred }, after: { starred } }] }, result: starred === 1 };
  });
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
