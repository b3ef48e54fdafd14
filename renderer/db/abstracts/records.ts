import { textsTableOf } from './store';
import { db as appDb, type LecternDB } from '../schema/database';
import type { AbstractRow, AbstractTextRow, StoredAbstractRow } from '../schema/row-types';

const NO_TEXT: Pick<AbstractRow, 'text' | 'display'> = { text: '', display: { text: '', edits: [] } };

/** A row of a database older than version 7 still carries its text. */
function carriesText(row: StoredAbstractRow): row is AbstractRow {
  return 'text' in row && 'display' in row;
}

/** Joins stored rows with their texts (read in one bulk request); rows are kept in the order given. */
async function withTexts(database: LecternDB, rows: StoredAbstractRow[]): Promise<AbstractRow[]> {
  const texts = textsTableOf(database);
  if (texts === null || rows.length === 0) return rows.map((row) => (carriesText(row) ? row : { ...row, ...NO_TEXT }));
  const textRows = await texts.bulkGet(rows.map((row) => row.id));
  return rows.map((row, index) => joined(row, textRows[index]));
}

function joined(row: StoredAbstractRow, text: AbstractTextRow | undefined): AbstractRow {
  if (text !== undefined) return { ...row, text: text.text, display: text.display };
  return carriesText(row) ? row : { ...row, ...NO_TEXT };
}

/** One whole abstract, or undefined when it is not in the library. */
export async function getAbstract(id: number, database: LecternDB = appDb): Promise<AbstractRow | undefined> {
  const [whole] = await bulkGetAbstracts([id], database);
  return whole;
}

/**
 * Whole abstracts of `ids`, in the order given; undefined where an id is not in the library. Rows
 * and texts are requested together, so a whole abstract costs one round trip, not two.
 */
export async function bulkGetAbstracts(ids: readonly number[], database: LecternDB = appDb): Promise<(AbstractRow | undefined)[]> {
  const texts = textsTableOf(database);
  const [rows, textRows] = await Promise.all([database.abstracts.bulkGet([...ids]), texts?.bulkGet([...ids])]);
  return rows.map((row, index) => (row === undefined ? undefined : joined(row, textRows?.[index])));
}

/** The whole abstracts of `ids` that are in the library, in the order given. */
export async function presentAbstracts(ids: readonly number[], database: LecternDB = appDb): Promise<AbstractRow[]> {
  return (await bulkGetAbstracts(ids, database)).filter((row) => row !== undefined);
}

/** Up to `limit` whole abstracts with ids above `after`, in id order: for passes over the whole library. */
export async function abstractsAfter(after: number, limit: number, database: LecternDB = appDb): Promise<AbstractRow[]> {
  return withTexts(database, await database.abstracts.where(':id').above(after).limit(limit).toArray());
}

/** Every whole abstract, in id order. */
export async function allAbstracts(database: LecternDB = appDb): Promise<AbstractRow[]> {
  const texts = textsTableOf(database);
  if (texts === null) return withTexts(database, await database.abstracts.toArray());
  const [rows, textRows] = await Promise.all([database.abstracts.toArray(), texts.toArray()]);
  const textOf = new Map(textRows.map((row) => [row.id, row]));
  return rows.map((row) => joined(row, textOf.get(row.id)));
}
