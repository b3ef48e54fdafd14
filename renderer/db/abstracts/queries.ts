// The abstracts domain owns the abstracts and captures as rows: storing them with their texts apart, reading them by id or in list order, metadata edits, and the hooks the reader and list use.

import { getAbstract, presentAbstracts } from './records';
import { db as appDb, type LecternDB } from '../schema/database';
import { queryFilteredIds } from '../organize/filters';
import { startIn } from './sort';
import type { AbstractRow, CaptureRow, LibraryView, SortKey, SourceSummary } from '../schema/row-types';

/** @deprecated The view from before filters (library or one source); use queryFilteredIds with a LibraryFilter. */
export function queryAbstractIds(view: LibraryView, sort: SortKey, database: LecternDB = appDb): Promise<number[]> {
  return queryFilteredIds(view.kind === 'source' ? { captureHash: view.captureHash } : {}, sort, database);
}

export async function queryAbstract(id: number, database: LecternDB = appDb): Promise<AbstractRow | null> {
  return (await getAbstract(id, database)) ?? null;
}

export function queryLibraryCount(database: LecternDB = appDb): Promise<number> {
  return database.abstracts.count();
}

/** One entry per capture, by file name, with the number of abstracts found in it. */
export async function querySources(database: LecternDB = appDb): Promise<SourceSummary[]> {
  const { captures } = database;
  // Key cursors only: the sidebar needs no more than the names and dates.
  const byName: { hash: string; fileName: string }[] = [];
  const importedAt = new Map<string, number>();
  await Promise.all([
    captures.orderBy('fileName').eachKey((fileName, cursor) => {
      if (typeof fileName === 'string') byName.push({ hash: cursor.primaryKey, fileName });
    }),
    captures.orderBy('importedAt').eachKey((at, cursor) => {
      if (typeof at === 'number') importedAt.set(cursor.primaryKey, at);
    }),
  ]);
  const counts = await Promise.all(byName.map(({ hash }) => database.abstractKeys.where('captureHashes').equals(hash).count()));
  return byName.map(({ hash, fileName }, index) => ({
    hash,
    fileName,
    count: counts[index] ?? 0,
    importedAt: importedAt.get(hash) ?? 0,
  }));
}

export async function queryCapture(hash: string, database: LecternDB = appDb): Promise<CaptureRow | null> {
  return (await database.captures.get(hash)) ?? null;
}

/** The stored captures among `hashes`, in the order given. */
export async function queryCaptures(hashes: readonly string[], database: LecternDB = appDb): Promise<CaptureRow[]> {
  const rows = await database.captures.bulkGet([...hashes]);
  return rows.filter((row): row is CaptureRow => row !== undefined);
}

/** Every abstract found in a capture, in the order they stand on the page. */
export async function queryAbstractsInCapture(hash: string, database: LecternDB = appDb): Promise<AbstractRow[]> {
  const ids = await database.abstractKeys.where('captureHashes').equals(hash).primaryKeys();
  const rows = await presentAbstracts(ids, database);
  return rows.sort((a, b) => startIn(a, hash) - startIn(b, hash) || a.id - b.id);
}
