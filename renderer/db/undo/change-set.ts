import type { IndexableType } from 'dexie';
import { db as appDb, type LecternDB } from '../schema/database';
import { rowsById } from '../abstracts/rows-by-id';
import type { StoredAbstractRow } from '../schema/row-types';
import type { AbstractTagRow, ListItemRow, ListRow, Status, TagRow } from '../organize/types';
import type { Reversible } from './reversible';

interface RowTypes {
  tags: TagRow;
  abstractTags: AbstractTagRow;
  lists: ListRow;
  listItems: ListItemRow;
}
type RowTableName = keyof RowTypes;

/** The touched rows of one table: as they were (`before`) and as they are now (`after`). */
export interface RowDelta<Row> {
  before: Row[];
  after: Row[];
}

/** The part of an abstract's row an organize action changes; `starred: 0` takes a star away. */
export interface ReadingState {
  status?: Status;
  starred?: 0 | 1;
}

export interface AbstractChange {
  id: number;
  before: ReadingState;
  after: ReadingState;
}

/**
 * Everything one organize action changed. Replaying it in either direction restores the exact
 * rows, ids included, so undo and redo are exact and each is one transaction.
 */
export type ChangeSet = { [K in RowTableName]?: RowDelta<RowTypes[K]> } & { abstracts?: AbstractChange[] };

const ROW_TABLES: readonly RowTableName[] = ['tags', 'abstractTags', 'lists', 'listItems'];

/** The tables every organize write touches; one scope keeps each action a single transaction. */
export function organizeTables(): string[] {
  return ['abstracts', 'abstractKeys', ...ROW_TABLES];
}

/**
 * The writes of one table's delta, or null when there are none. Steps that write nothing are left
 * out rather than awaited: a transaction that has made no request yet may commit at an empty await.
 */
function rowsStep<Row>(
  database: LecternDB,
  name: RowTableName,
  delta: RowDelta<Row> | undefined,
  key: (row: Row) => IndexableType,
  forward: boolean,
): (() => Promise<unknown>) | null {
  if (delta === undefined) return null;
  const [gone, present] = forward ? [delta.before, delta.after] : [delta.after, delta.before];
  if (gone.length === 0 && present.length === 0) return null;
  const table = database.table<Row, IndexableType>(name);
  // Deletes first: a unique path may pass from one row to another within the same change.
  return async () => {
    if (gone.length > 0) await table.bulkDelete(gone.map(key));
    if (present.length > 0) await table.bulkPut(present);
  };
}

/** The row with `state` applied. An unstarred row leaves the field out (see StoredAbstractRow.starred). */
export function withReadingState(row: StoredAbstractRow, state: ReadingState): StoredAbstractRow {
  const { starred, ...rest } = { ...row, ...state };
  return starred === 1 ? { ...rest, starred } : rest;
}

/**
 * Reading-state changes: the rows are read in ranges (rowsById) and put back whole, which beats
 * bulkUpdate's read per key. `rowsRead`: the same rows, already read in this transaction.
 */
function abstractsStep(
  database: LecternDB,
  changes: readonly AbstractChange[] | undefined,
  forward: boolean,
  rowsRead: readonly StoredAbstractRow[] | undefined,
): (() => Promise<unknown>) | null {
  if (changes === undefined || changes.length === 0) return null;
  const stateOf = new Map(changes.map((change) => [change.id, forward ? change.after : change.before]));
  return async () => {
    const rows = rowsRead ?? (await rowsById(database.abstracts, [...stateOf.keys()]));
    const changed = rows.flatMap((row) => {
      const state = stateOf.get(row.id);
      return state === undefined ? [] : [withReadingState(row, state)];
    });
    await database.abstracts.bulkPut(changed);
  };
}

/**
 * Writes a change set forward (redo) or backward (undo), inside the caller's transaction.
 * `rowsRead`: abstract rows the caller read in this same transaction, to spare reading them again.
 */
export async function replayChange(change: ChangeSet, forward: boolean, rowsRead?: readonly StoredAbstractRow[], database: LecternDB = appDb): Promise<void> {
  const byId = (row: { id: number }): number => row.id;
  const steps = [
    rowsStep(database, 'tags', change.tags, byId, forward),
    rowsStep(database, 'abstractTags', change.abstractTags, (row) => [row.abstractId, row.tagId], forward),
    rowsStep(database, 'lists', change.lists, byId, forward),
    rowsStep(database, 'listItems', change.listItems, byId, forward),
    abstractsStep(database, change.abstracts, forward, rowsRead),
  ];
  for (const step of steps) if (step !== null) await step();
}

export function reversibleOf(change: ChangeSet, database: LecternDB = appDb): Reversible {
  const run = (forward: boolean) => () =>
    database.transaction('rw', organizeTables(), () => replayChange(change, forward, undefined, database));
  return { undo: run(false), redo: run(true) };
}

/**
 * Runs an organize action in one transaction: `plan` reads what it needs (it may also add rows
 * whose ids it must know, recording them in the change set) and returns the change, which is then
 * written. Resolves to the undo/redo pair and whatever `plan` returned alongside. A plan that read
 * the abstract rows it changes returns them as `rowsRead`.
 */
export async function runChange<T = undefined>(
  plan: () => Promise<{ change: ChangeSet; result?: T; rowsRead?: StoredAbstractRow[] }>,
  database: LecternDB = appDb,
): Promise<Reversible & { result: T | undefined }> {
  const { change, result } = await database.transaction('rw', organizeTables(), async () => {
    const planned = await plan();
    await replayChange(planned.change, true, planned.rowsRead, database);
    return planned;
  });
  return { ...reversibleOf(change, database), result };
}
