import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHighlight, deleteAnnotation, restoreAnnotation } from '../../../../../renderer/db/annotations/annotations';
import { addLink, syncMentionLinks } from '../../../../../renderer/db/links/links';
import { addLinkType } from '../../../../../renderer/db/links/user-types';
import { addToList, createList } from '../../../../../renderer/db/lists/lists';
import { saveNote } from '../../../../../renderer/db/notes/notes';
import { createSynthesisNote } from '../../../../../renderer/db/notes/synthesis-notes';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { decide } from '../../../../../renderer/db/screening/decisions';
import { createReview } from '../../../../../renderer/db/screening/reviews';
import { createSavedSearch } from '../../../../../renderer/db/search/saved-searches';
import { isUid, linkTypeUid } from '../../../../../shared/sync/uids';
import { freshDatabase } from '../fixtures';
import { idAt, seedAbstracts } from '../organize-fixtures';

async function library(): Promise<{ database: LecternDB; a: number; b: number }> {
  const database = freshDatabase();
  const ids = await seedAbstracts(database, 2);
  return { database, a: idAt(ids, 0), b: idAt(ids, 1) };
}

async function uidsOf(database: LecternDB, table: string): Promise<unknown[]> {
  return (await database.table<{ uid?: unknown }>(table).toArray()).map((row) => row.uid);
}

function expectDistinctUids(uids: readonly unknown[]): void {
  expect(uids.length).toBeGreaterThan(0);
  for (const uid of uids) expect(isUid(uid), String(uid)).toBe(true);
  expect(new Set(uids).size).toBe(uids.length);
}

describe('uids of the rows a user creates', () => {
  it('highlights get one, and a deleted highlight comes back with it', async () => {
    const { database, a } = await library();
    const id = await createHighlight(a, 0, 5, 'yellow', database);
    await createHighlight(a, 6, 9, 'green', database);
    expectDistinctUids(await uidsOf(database, 'annotations'));
    const removed = await deleteAnnotation(id, database);
    await restoreAnnotation(removed, database);
    expect((await database.annotations.get(id))?.uid).toBe(removed.uid);
  });

  it('notes, synthesis notes and their mention links get one; undo and redo of a synthesis note keep it', async () => {
    const { database, a, b } = await library();
    const noteId = await saveNote(a, null, 'A note.', database);
    const synthesis = await createSynthesisNote('Review', database);
    await syncMentionLinks({ noteId }, [{ toId: b, context: 'B.' }], a, database);
    expectDistinctUids(await uidsOf(database, 'notes'));
    expectDistinctUids((await database.links.where('noteId').equals(noteId).toArray()).map((link) => link.uid));
    const uid = (await database.notes.get(synthesis.id))?.uid;
    await synthesis.undo();
    await synthesis.redo();
    expect((await database.notes.get(synthesis.id))?.uid).toBe(uid);
  });

  it('lists and list items get one; undo and redo put back the same', async () => {
    const { database, a, b } = await library();
    const list = await createList('To read', database);
    const added = await addToList(list.id, [a, b], undefined, database);
    expectDistinctUids([...(await uidsOf(database, 'lists')), ...(await uidsOf(database, 'listItems'))]);
    const items = await database.listItems.toArray();
    await added.undo();
    await added.redo();
    expect(await database.listItems.toArray()).toEqual(items);
  });

  it('user links get a random one, user link types the one of their name', async () => {
    const { database, a, b } = await library();
    const { type } = await addLinkType({ label: 'Replicates' }, database);
    expect(type.uid).toBe(linkTypeUid('replicates'));
    const { link, undo, redo } = await addLink({ fromId: a, toId: b, type: type.id }, database);
    expect(isUid(link.uid)).toBe(true);
    await undo();
    await redo();
    expect((await database.links.get(link.id))?.uid).toBe(link.uid);
  });

  it('saved searches, reviews and decisions get one; a new verdict keeps the decision’s', async () => {
    const { database, a, b } = await library();
    await createSavedSearch('sgd', 'SGD', database);
    const { id } = await createReview({ name: 'Review', question: '', criteria: [], includeKeywords: [], excludeKeywords: [], selections: [{ kind: 'library' }] }, [a, b], database);
    await decide({ reviewId: id, abstractId: a, stage: 1, verdict: 'maybe', order: 'ranked' }, database);
    await decide({ reviewId: id, abstractId: b, stage: 1, verdict: 'maybe', order: 'ranked' }, database);
    expectDistinctUids([...(await uidsOf(database, 'savedSearches')), ...(await uidsOf(database, 'reviews')), ...(await uidsOf(database, 'decisions'))]);
    const [before] = await uidsOf(database, 'decisions');
    await decide({ reviewId: id, abstractId: a, stage: 1, verdict: 'include', order: 'ranked' }, database);
    expect((await database.decisions.get([id, 1, a]))?.uid).toBe(before);
  });
});
