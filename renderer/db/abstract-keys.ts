import type { LecternDB } from './database';
import type { AbstractRow } from './types';

/**
 * The sort, source and identity keys of an abstract, indexed in their own table. They change only
 * when an import or an edit changes the abstract, whereas status and star change in bulk: keeping
 * their indexes off the abstracts table lets a bulk status change rewrite rows with two indexes
 * instead of ten (Chromium rewrites every index entry of a row it puts).
 */
export type AbstractKeysRow = Pick<
  AbstractRow,
  'id' | 'fingerprint' | 'prefixKey' | 'createdAt' | 'updatedAt' | 'sortTitle' | 'year' | 'captureHashes'
>;

export function keysOf(row: AbstractRow): AbstractKeysRow {
  const { id, fingerprint, prefixKey, createdAt, updatedAt, sortTitle, year, captureHashes } = row;
  return { id, fingerprint, prefixKey, createdAt, updatedAt, sortTitle, year, captureHashes };
}

/** The keys table, or null on a database opened at a version before 6 (upgrade tests build those). */
function keysTableOf(database: LecternDB): LecternDB['abstractKeys'] | null {
  return database.tables.some((table) => table.name === 'abstractKeys') ? database.abstractKeys : null;
}

/** The tables a write of whole abstract rows needs in its transaction scope. */
export function abstractTables(database: LecternDB): (LecternDB['abstracts'] | LecternDB['abstractKeys'])[] {
  const keys = keysTableOf(database);
  return keys === null ? [database.abstracts] : [database.abstracts, keys];
}

/** Writes whole abstract rows and their keys; call inside a transaction over `abstractTables`. */
export async function putAbstractRows(database: LecternDB, rows: readonly AbstractRow[]): Promise<void> {
  if (rows.length === 0) return;
  const keys = keysTableOf(database);
  await Promise.all([database.abstracts.bulkPut([...rows]), keys?.bulkPut(rows.map(keysOf))]);
}

/** Adds new abstract rows and their keys; resolves to the new ids, in order. */
export async function addAbstractRows(database: LecternDB, rows: readonly Omit<AbstractRow, 'id'>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const ids = await database.abstracts.bulkAdd([...rows], { allKeys: true });
  await keysTableOf(database)?.bulkAdd(
    rows.map((row, index) => {
      const id = ids[index];
      if (id === undefined) throw new Error('IndexedDB did not return the id of a new abstract.');
      return keysOf({ ...row, id });
    }),
  );
  return ids;
}

/** The newest abstract update time, or 0 in an empty library. */
export async function lastUpdateTime(database: LecternDB): Promise<number> {
  const [last] = await database.abstractKeys.orderBy('updatedAt').reverse().limit(1).keys();
  return typeof last === 'number' ? last : 0;
}
