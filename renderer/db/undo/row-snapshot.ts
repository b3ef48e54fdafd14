import { Dexie, type IndexableType, type IndexableTypePart, type Table } from 'dexie';
import type { LecternDB } from '../schema/database';
import type { Reversible } from './reversible';

/** Rows of several tables, by table name: what a change touched, as it was or as it is. */
export type TableRows = ReadonlyMap<string, readonly object[]>;

/** A row's primary key, read along its table's key path (a compound key is an array). */
function primaryKeyOf(table: Table, row: object): IndexableType {
  const { keyPath } = table.schema.primKey;
  if (keyPath === undefined) throw new Error(`Table ${table.name} has no inbound key; its rows cannot be put back.`);
  const read = (path: string): IndexableTypePart => Dexie.getByKeyPath(row, path) as IndexableTypePart;
  return Array.isArray(keyPath) ? keyPath.map(read) : read(keyPath);
}

/**
 * Replaces the rows `present` with the rows `wanted`, table by table: the keys of `present` are
 * deleted first, then `wanted` is put. Call it inside a transaction over every table named.
 */
export async function replaceRows(database: LecternDB, present: TableRows, wanted: TableRows): Promise<void> {
  const names = new Set([...present.keys(), ...wanted.keys()]);
  for (const name of names) {
    const table = database.table(name);
    const gone = present.get(name) ?? [];
    const back = wanted.get(name) ?? [];
    if (gone.length > 0) await table.bulkDelete(gone.map((row) => primaryKeyOf(table, row)));
    if (back.length > 0) await table.bulkPut([...back]);
  }
}

/**
 * Undo and redo of a change known by the rows it touched before and after: undo removes the rows
 * as they are after and puts back those from before, redo the reverse, each in one transaction over
 * `tables`. Rows outside `before` and `after` are never written.
 */
export function reversibleBetween(database: LecternDB, tables: readonly string[], before: TableRows, after: TableRows): Reversible {
  return {
    undo: () => database.transaction('rw', [...tables], () => replaceRows(database, after, before)),
    redo: () => database.transaction('rw', [...tables], () => replaceRows(database, before, after)),
  };
}
