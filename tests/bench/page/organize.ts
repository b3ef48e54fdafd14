import type { Table } from 'dexie';
import { generateNKeysBetween } from 'fractional-indexing';
import { db } from '../../../renderer/db/schema/database';
import { queryFilteredIds } from '../../../renderer/db/organize/filters';
import { bulkAddToList, createList, firstFreeItemId } from '../../../renderer/db/lists/lists';
import type { Reversible } from '../../../renderer/db/undo/reversible';
import { bulkSetStatus } from '../../../renderer/db/organize/reading-status';
import { bulkAddTag } from '../../../renderer/db/tags/tags';
import type { BulkFigures, BulkKind, FilterFigures, RawWriteFigures } from '../bench-api';
import { randomUid } from '../../../shared/sync/uids';

const BULK_ACTIONS: Record<BulkKind, (ids: number[]) => Promise<Reversible>> = {
  tag: (ids) => bulkAddTag(ids, 'bench/bulk-tagged'),
  status: (ids) => bulkSetStatus(ids, 'read'),
  list: async (ids) => {
    const list = await createList('Bench list');
    const added = await bulkAddToList(ids, list.id);
    return { undo: () => added.undo().then(list.undo), redo: () => list.redo().then(added.redo) };
  },
};

/** Every abstract's id, oldest first: the bench acts on the first ones. */
const libraryIds = (): Promise<number[]> => db.abstractKeys.orderBy('createdAt').primaryKeys();

/** Times `write`, then `undo`, each as one transaction over `table`. */
async function timedPair(table: Table, write: () => Promise<unknown>, undo: () => Promise<unknown>): Promise<RawWriteFigures> {
  const started = performance.now();
  await db.transaction('rw', table, write);
  const ms = performance.now() - started;
  const undoStarted = performance.now();
  await db.transaction('rw', table, undo);
  return { ms, undoMs: performance.now() - undoStarted };
}

/** No tag or list has this id, so the raw rows below touch nothing the app reads. */
const UNUSED_ID = Number.MAX_SAFE_INTEGER;

const RAW_WRITES: Record<BulkKind, (ids: number[]) => Promise<RawWriteFigures>> = {
  status: async (ids) => {
    const rows = (await db.abstracts.bulkGet(ids)).filter((row) => row !== undefined);
    const read = rows.map((row) => ({ ...row, status: 'read' as const }));
    return timedPair(db.abstracts, () => db.abstracts.bulkPut(read), () => db.abstracts.bulkPut(rows));
  },
  tag: (ids) => {
    const rows = ids.map((abstractId) => ({ abstractId, tagId: UNUSED_ID }));
    return timedPair(db.abstractTags, () => db.abstractTags.bulkPut(rows), () => db.abstractTags.bulkDelete(rows.map((row) => [row.abstractId, row.tagId])));
  },
  list: async (ids) => {
    const firstId = await firstFreeItemId();
    const orders = generateNKeysBetween(null, null, ids.length);
    const rows = ids.map((abstractId, index) => ({ id: firstId + index, uid: randomUid(), listId: UNUSED_ID, abstractId, order: orders[index] ?? '', note: '' }));
    return timedPair(db.listItems, () => db.listItems.bulkPut(rows), () => db.listItems.bulkDelete(rows.map((row) => row.id)));
  },
};

export async function rawBulkWrite(kind: BulkKind, count: number): Promise<RawWriteFigures> {
  const ids = (await libraryIds()).slice(0, count);
  return RAW_WRITES[kind](ids);
}

export async function bulkAction(kind: BulkKind, count: number): Promise<BulkFigures> {
  const ids = (await libraryIds()).slice(0, count);
  const started = performance.now();
  const change = await BULK_ACTIONS[kind](ids);
  const ms = performance.now() - started;
  const undoStarted = performance.now();
  await change.undo();
  return { ms, undoMs: performance.now() - undoStarted, abstracts: ids.length };
}

/** The parent carries 1 abstract in 20 itself; each of five children carries another 1 in 20. */
const CHILDREN = ['sgd', 'landscape', 'generalisation', 'kernels', 'optimisation/adam'];

export async function filterByParentTag(runs: number): Promise<FilterFigures> {
  const ids = await libraryIds();
  const everyTwentieth = (offset: number): number[] => ids.filter((_, index) => index % 20 === offset);
  const parent = await bulkAddTag(everyTwentieth(0), 'bench/theory');
  for (const [index, child] of CHILDREN.entries()) await bulkAddTag(everyTwentieth(index + 1), `bench/theory/${child}`);
  const tagId = parent.tag?.id;
  if (tagId === undefined) throw new Error('The bench library is empty.');
  const runsMs: number[] = [];
  let matches = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    matches = (await queryFilteredIds({ tagId }, 'added')).length;
    runsMs.push(performance.now() - started);
  }
  return { runsMs, matches, library: ids.length, assignments: await db.abstractTags.count() };
}
