import type { Table } from 'dexie';
import { keysOf } from './keys';
import { CitationKeys } from './citation-keys';
import type { LecternDB } from '../schema/database';
import { inChunks, type ResumedListener } from '../import/in-chunks';
import { TrailingWrites } from '../import/trailing-writes';
import type { AbstractRow, AbstractTextRow, StoredAbstractRow } from '../schema/row-types';

/** Whether the database was opened at a version that has `name` (upgrade tests open older ones). */
function hasTable(database: LecternDB, name: string): boolean {
  return database.tables.some((table) => table.name === name);
}

/** The keys table, or null before version 6. */
function keysTableOf(database: LecternDB): LecternDB['abstractKeys'] | null {
  return hasTable(database, 'abstractKeys') ? database.abstractKeys : null;
}

/** Whether keys are indexed (since version 11; upgrade tests build older databases with this module). */
function indexesCitationKeys(database: LecternDB): boolean {
  return keysTableOf(database)?.schema.idxByName['citationKey'] !== undefined;
}

/** The texts table, or null before version 7, when each abstract row still held its text. */
export function textsTableOf(database: LecternDB): LecternDB['abstractTexts'] | null {
  return hasTable(database, 'abstractTexts') ? database.abstractTexts : null;
}

/** The tables that together hold whole abstracts: the scope of a transaction that reads or writes them. */
export function abstractTables(database: LecternDB): Table[] {
  return [database.abstracts, keysTableOf(database), textsTableOf(database)].filter((table): table is Table => table !== null);
}

/** An abstract's row without its text fields. */
export function storedRowOf<Row extends Pick<AbstractRow, 'text' | 'display'>>(row: Row): Omit<Row, 'text' | 'display'> {
  const stored: Partial<Row> = { ...row };
  delete stored.text;
  delete stored.display;
  return stored as Omit<Row, 'text' | 'display'>;
}

function textRowOf(row: AbstractRow): AbstractTextRow {
  return { id: row.id, text: row.text, display: row.display };
}

/** Writes whole abstracts (row, keys and text); call inside a transaction over `abstractTables`. */
export async function putAbstractRows(rows: readonly AbstractRow[], database: LecternDB): Promise<void> {
  await inChunks(rows, async (chunk) => {
    await putAbstractChunk(database, chunk);
    return [];
  });
}

async function putAbstractChunk(database: LecternDB, rows: readonly AbstractRow[]): Promise<void> {
  if (rows.length === 0) return;
  const texts = textsTableOf(database);
  await Promise.all([
    texts === null ? database.abstracts.bulkPut([...rows]) : database.abstracts.bulkPut(rows.map((row): StoredAbstractRow => storedRowOf(row))),
    texts?.bulkPut(rows.map(textRowOf)),
    keysTableOf(database)?.bulkPut(rows.map(keysOf)),
  ]);
}

/**
 * Adds new abstracts (row, keys and text); resolves to the new ids, in order. Each gets a citation
 * key no other abstract has (its own if free, see CitationKeys.claim): pass the transaction's
 * `keys` when adding in several calls, so the library's keys are read once. Call inside a
 * transaction over `abstractTables`. Given `trailing`, the keys and text rows of the last chunk may
 * still be writing when it resolves: the caller awaits `trailing.settled()` inside the transaction.
 * `resumed` is told, as inChunks' steps tell it, each time a chunk's ids come back.
 */
export async function addAbstractRows(
  rows: readonly Omit<AbstractRow, 'id'>[],
  database: LecternDB,
  keys?: CitationKeys,
  trailing?: TrailingWrites,
  resumed?: ResumedListener,
): Promise<number[]> {
  const claimed = keys ?? (indexesCitationKeys(database) ? await CitationKeys.read(database) : null);
  const keyed = claimed === null ? rows : rows.map((row) => ({ ...row, citationKey: claimed.claim(row) }));
  const writes = trailing ?? new TrailingWrites();
  const ids = await inChunks(keyed, (chunk, chunkResumed) =>
    addAbstractChunk(database, chunk, writes, () => {
      chunkResumed();
      resumed?.();
    }),
  );
  if (trailing === undefined) await writes.settled();
  return ids;
}

/**
 * Adds the abstract rows and waits for their ids; their keys and texts are left writing in `trailing`.
 * Cloning those happens once the ids are back, in the task that sends the next chunk: `resumed` is told then.
 */
async function addAbstractChunk(
  database: LecternDB,
  rows: readonly Omit<AbstractRow, 'id'>[],
  trailing: TrailingWrites,
  resumed: ResumedListener,
): Promise<number[]> {
  if (rows.length === 0) return [];
  const texts = textsTableOf(database);
  const ids = await trailing.after(database.abstracts.bulkAdd(texts === null ? [...rows] : rows.map(storedRowOf), { allKeys: true }));
  resumed();
  const added = rows.map((row, index): AbstractRow => {
    const id = ids[index];
    if (id === undefined) throw new Error('IndexedDB did not return the id of a new abstract.');
    return { ...row, id };
  });
  trailing.add(Promise.all([keysTableOf(database)?.bulkAdd(added.map(keysOf)), texts?.bulkAdd(added.map(textRowOf))]));
  return ids;
}

/** Removes whole abstracts (row, keys and text); call inside a transaction over `abstractTables`. */
export async function deleteAbstractRows(ids: readonly number[], database: LecternDB): Promise<void> {
  if (ids.length === 0) return;
  const texts = textsTableOf(database);
  const keys = keysTableOf(database);
  await database.abstracts.bulkDelete([...ids]);
  if (keys !== null) await keys.bulkDelete([...ids]);
  if (texts !== null) await texts.bulkDelete([...ids]);
}
