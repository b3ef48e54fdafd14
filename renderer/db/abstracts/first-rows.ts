import { presentAbstracts } from './records';
import { db } from '../schema/database';
import type { AbstractRow } from '../schema/row-types';

/** About a screenful and a half of list rows. */
const FIRST_PAGE_SIZE = 50;

let firstRows: Promise<AbstractRow[]> | null = null;
const prefetched = new Map<number, AbstractRow>();
let newestIds: number[] | undefined;

/**
 * Reads the newest rows while the rest of the app is still loading, so the list can paint them
 * the moment it mounts instead of waiting for its own queries (the cold-start path). Never
 * rejects: on any failure the list simply loads as usual.
 */
export function prefetchFirstRows(): Promise<AbstractRow[]> {
  firstRows ??= db.abstractKeys
    .orderBy('createdAt')
    .reverse()
    .limit(FIRST_PAGE_SIZE)
    .primaryKeys()
    .then((ids) => presentAbstracts(ids))
    .then((rows) => {
      for (const row of rows) prefetched.set(row.id, row);
      newestIds = rows.map((row) => row.id);
      return rows;
    })
    .catch(() => []);
  return firstRows;
}

/** A row read by the prefetch, to show until the row's own live query answers. */
export function prefetchedRow(id: number | null): AbstractRow | undefined {
  return id === null ? undefined : prefetched.get(id);
}

/** The newest ids, newest first, once the prefetch is done: the head of the default list order. */
export function prefetchedNewestIds(): number[] | undefined {
  return newestIds;
}
