import { db as appDb, type LecternDB } from '../schema/database';
import { bulkGetAbstracts } from '../abstracts/records';
import { deleteAbstractRows, putAbstractRows } from '../abstracts/store';
import { reanchorAbstracts } from '../annotations/reanchor';
import { reversibleBetween } from '../undo/row-snapshot';
import type { Reversible } from '../undo/reversible';
import type { MergeChoices } from './merge-fields';
import { mergedRow } from './merged-row';
import { markDuplicateMerge, markUserTextEdit } from '../sync/capture-middleware';
import { moveLinks } from './merge-links';
import { moveAnnotations, moveNote, retargetScopeMentions } from './merge-notes';
import { moveDistinctPairs, moveListItems, moveTags } from './merge-organize';
import { moveReviewRows } from '../screening/merge-reviews';
import { MERGE_TABLES, MERGE_WRITES, mergeScope, readScope } from './merge-scope';

/**
 * Merges two records of one paper into the survivor, in one transaction: it takes the chosen values
 * and both records' sources, keywords and other fields; every highlight and comment, tag, link,
 * list entry, note, mention, review membership, screening decision and Not duplicates decision
 * of the loser moves to it (highlights are placed again on the surviving text); the loser is deleted. The search index follows the writes.
 * Undo puts back every row the merge touched, as it was, in one transaction.
 */
export async function mergeDuplicates(survivorId: number, loserId: number, choices: MergeChoices, database: LecternDB = appDb): Promise<Reversible> {
  if (survivorId === loserId) throw new Error('A record cannot be merged with itself.');
  const { before, after } = await database.transaction('rw', [...MERGE_TABLES], async (transaction) => {
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
    await moveTags(database, survivorId, loserId);
    await moveListItems(database, survivorId, loserId);
    await moveDistinctPairs(database, survivorId, loserId);
    await moveLinks(database, survivorId, loserId);
    await moveAnnotations(database, survivorId, loserId);
    await moveNote(database, survivorId, loserId, now);
    await retargetScopeMentions(database, scope, now);
    await reanchorAbstracts([{ id: survivorId, text: merged.text }], now, database);
    return { before: rowsBefore, after: await readScope(database, scope) };
  });
  return reversibleBetween(database, MERGE_WRITES, before, after);
}
