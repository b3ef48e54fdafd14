import { db as appDb, type LecternDB } from '../schema/database';
import { bulkGetAbstracts } from '../abstracts/records';
import { deleteAbstractRows, putAbstractRows } from '../abstracts/store';
import { reanchorAbstracts } from '../annotations/reanchor';
import { replaceRows, type TableRows } from '../undo/row-snapshot';
import type { Reversible } from '../undo/reversible';
import type { MergeChoices } from './merge-fields';
import { mergedRow } from './merged-row';
import { markDuplicateMerge, markMergeUndone, markUserTextEdit } from '../sync/capture-middleware';
import { dropMergeSnapshot, keepMergeSnapshot } from '../sync/merge-snapshots';
import { moveLinks } from './merge-links';
import { moveAnnotations, moveNote, repointNotes, retargetScopeMentions } from './merge-notes';
import { moveDistinctPairs, moveListItems, moveTags } from './merge-organize';
import { moveReviewRows } from '../screening/merge-reviews';
import { MERGE_TABLES, mergeScope, readScope } from './merge-scope';

/**
 * Merges two records of one paper into the survivor, in one transaction: it takes the chosen values
 * and both records' sources, keywords and other fields; every highlight and comment, tag, link,
 * list entry, note, mention, review membership, screening decision and Not duplicates decision
 * of the loser moves to it (highlights are placed again on the surviving text); the loser is deleted. The search index follows the writes.
 * Undo puts back every row the merge touched, as it was, in one transaction.
 */
export async function mergeDuplicates(survivorId: number, loserId: number, choices: MergeChoices, database: LecternDB = appDb): Promise<Reversible> {
  const merge = await mergeRecords(survivorId, loserId, choices, database);
  // Marked, so other devices undo and redo it too: the survivor's fields and text go back, the loser comes back.
  // Highlights made on the survivor since are placed again on the text it has now, as the merge placed its own.
  const marked = (mark: (transaction: object) => void, run: () => Promise<void>) => () =>
    database.transaction('rw', [...MERGE_TABLES], async (transaction) => {
      markUserTextEdit(transaction.idbtrans);
      mark(transaction.idbtrans);
      await run();
      const text = (await database.abstractTexts.get(survivorId))?.text;
      if (text !== undefined) await reanchorAbstracts([{ id: survivorId, text }], Date.now(), database);
    });
  return {
    undo: marked(
      (transaction) => markMergeUndone(transaction, loserId),
      async () => {
        await replaceRows(database, merge.after, merge.before);
        await dropMergeSnapshot(database, merge.loserUid);
      },
    ),
    // What was put on the loser between undo and redo (a tag) moves to the survivor too, as the merge moved the rest.
    redo: marked(
      (transaction) => markDuplicateMerge(transaction, survivorId, loserId),
      async () => {
        await replaceRows(database, merge.before, merge.after);
        await moveReviewRows(database, survivorId, loserId);
        await moveTheRest(database, survivorId, loserId, Date.now(), 'join');
        await keepMergeSnapshot(database, merge.loserUid, merge);
      },
    ),
  };
}

/** `join`: the loser's note joins the survivor's (the user's merge); `keep-apart`: it only moves (see repointNotes). */
export type NoteHandling = 'join' | 'keep-apart';

/** The merge itself, in one transaction; resolves to the rows it touched as they were and as they are. */
export async function mergeRecords(
  survivorId: number,
  loserId: number,
  choices: MergeChoices,
  database: LecternDB,
  notes: NoteHandling = 'join',
): Promise<{ before: TableRows; after: TableRows; loserUid: string }> {
  if (survivorId === loserId) throw new Error('A record cannot be merged with itself.');
  return database.transaction('rw', [...MERGE_TABLES], async (transaction) => {
    // The survivor may take the loser's text: a choice the user made, so it syncs like Edit text.
    markUserTextEdit(transaction.idbtrans);
    markDuplicateMerge(transaction.idbtrans, survivorId, loserId);
    const [survivor, loser] = await bulkGetAbstracts([survivorId, loserId], database);
    if (survivor === undefined || loser === undefined) throw new Error('One of the two records is no longer in the library.');
    const scope = await mergeScope(database, survivorId, loserId);
    const rowsBefore = await readScope(database, scope);
    const now = Date.now();
    const merged = mergedRow(survivor, loser, choices, now);
    await putAbstractRows([merged], database);
    await moveReviewRows(database, survivorId, loserId);
    await deleteAbstractRows([loserId], database);
    await moveTheRest(database, survivorId, loserId, now, notes);
    await retargetScopeMentions(database, scope, now);
    await reanchorAbstracts([{ id: survivorId, text: merged.text }], now, database);
    const snapshot = { before: rowsBefore, after: await readScope(database, scope) };
    await keepMergeSnapshot(database, loser.uid, snapshot);
    return { ...snapshot, loserUid: loser.uid };
  });
}

/** Moves what points at the loser to the survivor, but for review rows (moved before the loser's row goes). */
async function moveTheRest(database: LecternDB, survivorId: number, loserId: number, now: number, notes: NoteHandling): Promise<void> {
  await moveTags(database, survivorId, loserId);
  await moveListItems(database, survivorId, loserId);
  await moveDistinctPairs(database, survivorId, loserId);
  await moveLinks(database, survivorId, loserId);
  await moveAnnotations(database, survivorId, loserId);
  await (notes === 'join' ? moveNote(database, survivorId, loserId, now) : repointNotes(database, survivorId, loserId, now));
}
