import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';
import { createHighlight } from '../../../../renderer/db/annotations/annotations';
import { markNotDuplicates } from '../../../../renderer/db/duplicates/not-duplicates';
import { importFiles } from '../../../../renderer/db/import/import';
import { addLink } from '../../../../renderer/db/links/links';
import { addLinkType } from '../../../../renderer/db/links/user-types';
import { addToList, createList } from '../../../../renderer/db/lists/lists';
import { saveNote } from '../../../../renderer/db/notes/notes';
import { createSynthesisNote } from '../../../../renderer/db/notes/synthesis-notes';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { decide } from '../../../../renderer/db/screening/decisions';
import { createReview } from '../../../../renderer/db/screening/reviews';
import { createSavedSearch } from '../../../../renderer/db/search/saved-searches';
import { addTag } from '../../../../renderer/db/tags/tags';
import { abstractUid, isUid, linkTypeUid, tagUid } from '../../../../shared/sync/uids';
import { freshDatabase, snapshot } from './fixtures';
import { upgradeOlderRelease } from './older-release';
import { referenceFile } from './reference-file';
import { readSeedFiles } from './seed-files';

const SYNCED_TABLES = ['abstracts', 'annotations', 'notes', 'tags', 'lists', 'listItems', 'links', 'linkTypes', 'savedSearches', 'reviews', 'decisions'] as const;

/** Fills every table of a version-13 library with today's write paths (their uids are then taken off). */
async function fillEveryTable(older: LecternDB): Promise<void> {
  const [first, second] = await older.abstracts.orderBy(':id').primaryKeys();
  if (first === undefined || second === undefined) throw new Error('the seeds hold fewer than two abstracts');
  await addTag(first, 'theory/sgd', older);
  const list = await createList('To read', older);
  await addToList(list.id, [second, first], undefined, older);
  await markNotDuplicates(first, second, older);
  await createHighlight(first, 0, 5, 'yellow', older);
  await saveNote(first, null, 'A note.', older);
  await createSynthesisNote('Synthesis', older);
  const { type } = await addLinkType({ label: 'Replicates', inverseLabel: 'Replicated by' }, older);
  await addLink({ fromId: first, toId: second, type: type.id }, older);
  await createSavedSearch('sgd', 'SGD', older);
  const { id } = await createReview({ name: 'Review', question: '', criteria: [], includeKeywords: [], excludeKeywords: [], selections: [{ kind: 'library' }] }, [first, second], older);
  await decide({ reviewId: id, abstractId: first, stage: 1, verdict: 'include', order: 'ranked' }, older);
}

async function uidsOf(database: LecternDB, table: string): Promise<unknown[]> {
  return (await database.table<{ uid?: unknown }>(table).toArray()).map((row) => row.uid);
}

describe('upgrading a version-13 library to stable uids (version 14)', () => {
  it('gives every synced row a well-formed uid, abstracts the ones a fresh import gives, and changes nothing else', async () => {
    const bib = await referenceFile('library.bib', [
      { title: 'An Imported Paper', authors: ['Bo Chen'], year: 2020, text: 'Imported one.', citationKey: 'chen2020' },
      { title: 'No Abstract Here', authors: ['Ana Diaz'], year: 2021, citationKey: 'diaz2021' },
      { title: 'Nor Here', authors: ['Eli Fox'], year: 2022, citationKey: 'fox2022' },
    ]);
    const files = [...(await readSeedFiles()), bib];
    const { before, upgraded } = await upgradeOlderRelease(13, files, fillEveryTable);
    expect(upgraded.verno).toBeGreaterThanOrEqual(14);
    for (const table of SYNCED_TABLES) {
      expect(before[table]?.length, table).toBeGreaterThan(0);
      expect(before[table]?.some((row) => typeof row === 'object' && row !== null && 'uid' in row), table).toBe(false);
    }

    // Numeric keys, join rows and every other field are as they were.
    const after = await snapshot(upgraded);
    for (const [table, rows] of Object.entries(before)) expect(after[table], table).toEqual(rows);
    for (const table of ['abstractTags', 'reviewRecords', 'distinctPairs']) expect(after[table]?.length, table).toBeGreaterThan(0);

    for (const table of SYNCED_TABLES) {
      const uids = await uidsOf(upgraded, table);
      for (const uid of uids) expect(isUid(uid), `${table}: ${String(uid)}`).toBe(true);
    }
    const abstracts = await allAbstracts(upgraded);
    for (const row of abstracts) if (row.text !== '') expect(row.uid).toBe(abstractUid(row.text));
    // Entries without text are told apart by where they were found, not all given the uid of "".
    const uids = abstracts.map((row) => row.uid);
    expect(new Set(uids).size).toBe(uids.length);

    const fresh = freshDatabase();
    await importFiles(files, fresh);
    const freshUids = new Map((await allAbstracts(fresh)).map((row) => [row.id, row.uid]));
    expect(new Map(abstracts.map((row) => [row.id, row.uid]))).toEqual(freshUids);

    for (const tag of await upgraded.tags.toArray()) expect(tag.uid).toBe(tagUid(tag.path));
    for (const type of await upgraded.linkTypes.toArray()) expect(type.uid).toBe(linkTypeUid(type.label));
    const [someAbstract] = abstracts;
    expect((await upgraded.abstractKeys.where('uid').equals(someAbstract?.uid ?? '').primaryKeys())).toEqual([someAbstract?.id]);
  });
});
