// The lists domain owns reading lists, their ordered items and item notes, and their Markdown export.

import { Dexie } from 'dexie';
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { runChange } from '../undo/change-set';
import { db as appDb, type LecternDB } from '../schema/database';
import type { ListItemRow, ListRow } from '../organize/types';
import type { Reversible } from '../undo/reversible';
import { existingAbstractIds } from '../tags/store';
import { randomUid } from '../../../shared/sync/uids';

function cleanName(name: string): string {
  const clean = name.trim().replace(/\s+/gu, ' ');
  if (clean === '') throw new Error('A reading list needs a name.');
  return clean;
}

async function listById(database: LecternDB, id: number): Promise<ListRow> {
  const list = await database.lists.get(id);
  if (list === undefined) throw new Error(`Reading list ${id} does not exist.`);
  return list;
}

async function itemById(database: LecternDB, id: number): Promise<ListItemRow> {
  const item = await database.listItems.get(id);
  if (item === undefined) throw new Error(`List item ${id} does not exist.`);
  return item;
}

/** A list's items in list order (by order key, ties by id). */
export function orderedItems(listId: number, database: LecternDB = appDb): Promise<ListItemRow[]> {
  return database.listItems.where('[listId+order]').between([listId, Dexie.minKey], [listId, Dexie.maxKey], true, true).toArray();
}

export async function createList(name: string, database: LecternDB = appDb): Promise<Reversible & { id: number }> {
  const clean = cleanName(name);
  const { undo, redo, result } = await runChange(async () => {
    const row = { uid: randomUid(), name: clean, createdAt: Date.now() };
    const id = await database.lists.add(row);
    return { change: { lists: { before: [], after: [{ ...row, id }] } }, result: id };
  }, database);
  if (result === undefined) throw new Error('createList always returns the new id.');
  return { undo, redo, id: result };
}

export async function renameList(listId: number, name: string, database: LecternDB = appDb): Promise<Reversible> {
  const clean = cleanName(name);
  return runChange(async () => {
    const list = await listById(database, listId);
    return { change: { lists: { before: [list], after: [{ ...list, name: clean }] } } };
  }, database);
}

/** Deletes a list and its items (the abstracts stay in the library). */
export async function deleteList(listId: number, database: LecternDB = appDb): Promise<Reversible> {
  return runChange(async () => {
    const list = await listById(database, listId);
    const items = await orderedItems(listId, database);
    return { change: { lists: { before: [list], after: [] }, listItems: { before: items, after: [] } } };
  }, database);
}

/**
 * Adds abstracts to a list at `atIndex` (default: the end), in the order given; abstracts already
 * on the list, or not in the library, are skipped. Resolves with how many were added.
 */
export async function addToList(
  listId: number,
  abstractIds: readonly number[],
  atIndex?: number,
  database: LecternDB = appDb,
): Promise<Reversible & { added: number }> {
  const { undo, redo, result } = await runChange(async () => {
    await listById(database, listId);
    const items = await orderedItems(listId, database);
    const onList = new Set(items.map((item) => item.abstractId));
    const fresh = (await existingAbstractIds([...new Set(abstractIds)], database)).filter((id) => !onList.has(id));
    if (fresh.length === 0) return { change: {}, result: 0 };
    const at = Math.max(0, Math.min(atIndex ?? items.length, items.length));
    const keys = generateNKeysBetween(items[at - 1]?.order ?? null, items[at]?.order ?? null, fresh.length);
    const startId = await firstFreeItemId(database);
    const added = fresh.map((abstractId, index): ListItemRow => ({
      id: startId + index,
      uid: randomUid(),
      listId,
      abstractId,
      order: keys[index] ?? '',
      note: '',
    }));
    return { change: { listItems: { before: [], after: added } }, result: added.length };
  }, database);
  return { undo, redo, added: result ?? 0 };
}

/** The id for the first new item: the change set must know ids, so that undo and redo hit the same rows. */
export async function firstFreeItemId(database: LecternDB = appDb): Promise<number> {
  const last = await database.listItems.orderBy(':id').lastKey();
  return (typeof last === 'number' ? last : 0) + 1;
}

export function bulkAddToList(abstractIds: readonly number[], listId: number, database: LecternDB = appDb): Promise<Reversible & { added: number }> {
  return addToList(listId, abstractIds, undefined, database);
}

export async function removeFromList(itemId: number, database: LecternDB = appDb): Promise<Reversible> {
  return runChange(async () => ({ change: { listItems: { before: [await itemById(database, itemId)], after: [] } } }), database);
}

/** Moves an item to position `toIndex` of its list; only its order key changes. */
export async function moveListItem(itemId: number, toIndex: number, database: LecternDB = appDb): Promise<Reversible> {
  return runChange(async () => {
    const item = await itemById(database, itemId);
    const others = (await orderedItems(item.listId, database)).filter((other) => other.id !== itemId);
    const at = Math.max(0, Math.min(toIndex, others.length));
    const before = others[at - 1]?.order ?? null;
    const after = others[at]?.order ?? null;
    if (before !== null && after !== null && before >= after) return { change: { listItems: renumbered(others, item, at) } };
    return { change: { listItems: { before: [item], after: [{ ...item, order: generateKeyBetween(before, after) }] } } };
  }, database);
}

/** Two items share a key (e.g. added concurrently): give the whole list fresh keys, item at `at`. */
function renumbered(others: ListItemRow[], item: ListItemRow, at: number): { before: ListItemRow[]; after: ListItemRow[] } {
  const sequence = [...others.slice(0, at), item, ...others.slice(at)];
  const keys = generateNKeysBetween(null, null, sequence.length);
  return { before: sequence, after: sequence.map((row, index) => ({ ...row, order: keys[index] ?? row.order })) };
}

export async function setListItemNote(itemId: number, note: string, database: LecternDB = appDb): Promise<Reversible> {
  return runChange(async () => {
    const item = await itemById(database, itemId);
    return { change: { listItems: { before: [item], after: [{ ...item, note: note.trim() }] } } };
  }, database);
}
