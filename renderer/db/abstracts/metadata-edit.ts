import { abstractTables, putAbstractRows } from './store';
import { getAbstract } from './records';
import { db as appDb, type LecternDB } from '../schema/database';
import { sortTitleOf } from './rows';
import type { AbstractMetaPatch } from '../schema/row-types';

export const MIN_YEAR = 1000;
export const MAX_YEAR = 2100;

/** Checks and tidies a metadata edit; throws an Error that says what is wrong. */
export function normaliseMetaPatch(patch: AbstractMetaPatch): AbstractMetaPatch {
  const { year } = patch;
  if (year !== null && (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)) {
    throw new Error(`The year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}, or empty.`);
  }
  const authors = patch.authors.map((author) => author.trim());
  if (authors.some((author) => author === '')) {
    throw new Error('An author name cannot be empty.');
  }
  const title = patch.title === null ? null : patch.title.trim();
  return { title: title === '' ? null : title, authors, year };
}

/** Saves the user's edit of an abstract's title, authors and year. */
export async function updateAbstractMeta(id: number, patch: AbstractMetaPatch, database: LecternDB = appDb): Promise<void> {
  const clean = normaliseMetaPatch(patch);
  await database.transaction('rw', abstractTables(database), async () => {
    const row = await getAbstract(id, database);
    if (row === undefined) throw new Error(`Abstract ${id} is not in the library.`);
    if (sameMeta(row, clean)) return;
    await putAbstractRows([
      { ...row, ...clean, sortTitle: sortTitleOf({ title: clean.title, display: row.display }), updatedAt: Date.now() },
    ], database);
  });
}

function sameMeta(a: AbstractMetaPatch, b: AbstractMetaPatch): boolean {
  return a.title === b.title && a.year === b.year && a.authors.length === b.authors.length && a.authors.every((author, i) => author === b.authors[i]);
}
