import { Dexie } from 'dexie';
import type { LecternDB } from '../schema/database';
import type { ListItemRow } from '../organize/types';
import { pairKey } from './not-duplicates';

/** The loser's tags go to the survivor (a tag both carry stays one tag). Inside the merge's transaction. */
export async function moveTags(database: LecternDB, survivorId: number, loserId: number): Promise<void> {
  const tagsOf = (id: number) => database.abstractTags.where('[abstractId+tagId]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();
  const loserTags = await tagsOf(loserId);
  if (loserTags.length === 0) return;
  const survivorTags = new Set((await tagsOf(survivorId)).map((row) => row.tagId));
  await database.abstractTags.bulkDelete(loserTags.map((row): [number, number] => [row.abstractId, row.tagId]));
  const added = loserTags.filter((row) => !survivorTags.has(row.tagId)).map((row) => ({ abstractId: survivorId, tagId: row.tagId }));
  if (added.length > 0) await database.abstractTags.bulkAdd(added);
}

/** Two notes on one list item, each kept once. */
function joinedNotes(first: string, second: string): string {
  const parts = [first.trim(), second.trim()].filter((part) => part !== '');
  return [...new Set(parts)].join('; ');
}

/**
 * The loser's list entries go to the survivor. On a list holding both, the survivor's entry stays
 * where it is, with both item notes, and the loser's leaves.
 */
export async function moveListItems(database: LecternDB, survivorId: number, loserId: number): Promise<void> {
  // No index names an item's abstract (version 9); lists are short next to the library.
  const items = await database.listItems.filter((item) => item.abstractId === survivorId || item.abstractId === loserId).toArray();
  const survivorEntries = new Map(items.filter((item) => item.abstractId === survivorId).map((item) => [item.listId, item]));
  const puts: ListItemRow[] = [];
  const deletes: number[] = [];
  for (const item of items.filter((entry) => entry.abstractId === loserId)) {
    const kept = survivorEntries.get(item.listId);
    if (kept === undefined) {
      puts.push({ ...item, abstractId: survivorId });
      continue;
    }
    deletes.push(item.id);
    const note = joinedNotes(kept.note, item.note);
    if (note !== kept.note) {
      const joined = { ...kept, note };
      survivorEntries.set(item.listId, joined);
      puts.push(joined);
    }
  }
  if (deletes.length > 0) await database.listItems.bulkDelete(deletes);
  if (puts.length > 0) await database.listItems.bulkPut(puts);
}

/** "Not duplicates" decisions about the loser now concern the survivor; one about the two of them ends. */
export async function moveDistinctPairs(database: LecternDB, survivorId: number, loserId: number): Promise<void> {
  const rows = await database.distinctPairs.filter((pair) => pair.low === loserId || pair.high === loserId).toArray();
  if (rows.length === 0) return;
  await database.distinctPairs.bulkDelete(rows.map((pair): [number, number] => [pair.low, pair.high]));
  for (const pair of rows) {
    const other = pair.low === loserId ? pair.high : pair.low;
    if (other === survivorId) continue;
    const [low, high] = pairKey(survivorId, other);
    if ((await database.distinctPairs.get([low, high])) === undefined) await database.distinctPairs.add({ low, high, decidedAt: pair.decidedAt });
  }
}
