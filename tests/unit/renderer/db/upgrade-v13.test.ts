import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addToList, createList } from '../../../../renderer/db/lists/lists';
import { markNotDuplicates } from '../../../../renderer/db/duplicates/not-duplicates';
import { createReview } from '../../../../renderer/db/screening/reviews';
import { decide } from '../../../../renderer/db/screening/decisions';
import { reviewRecordIds } from '../../../../renderer/db/screening/queries';
import { addTag } from '../../../../renderer/db/tags/tags';
import { snapshot } from './fixtures';
import { upgradeOlderRelease } from './older-release';
import { referenceFile } from './reference-file';
import { readSeedFiles } from './seed-files';

describe('upgrading a version-12 library to screening (version 13)', () => {
  it('keeps every row of every table and opens the reviews, records and decisions tables empty and usable', async () => {
    const bib = await referenceFile('library.bib', [{ title: 'An Imported Paper', authors: ['Bo Chen'], year: 2020, text: 'Imported one.', citationKey: 'chen2020' }]);
    const { before, upgraded } = await upgradeOlderRelease(12, [...(await readSeedFiles()), bib], async (older) => {
      const [first, second] = await older.abstracts.orderBy(':id').primaryKeys();
      if (first === undefined || second === undefined) throw new Error('the seeds hold fewer than two abstracts');
      await addTag(first, 'theory/sgd', older);
      const list = await createList('To read', older);
      await addToList(list.id, [second, first], undefined, older);
      await markNotDuplicates(first, second, older);
    });
    expect(upgraded.verno).toBeGreaterThanOrEqual(13);
    expect(before['abstracts']?.length).toBeGreaterThan(3);
    expect(before['listItems']?.length).toBe(2);

    const after = await snapshot(upgraded);
    for (const [table, rows] of Object.entries(before)) expect(after[table], table).toEqual(rows);
    for (const table of ['reviews', 'reviewRecords', 'decisions']) expect(after[table], table).toEqual([]);

    const ids = (await upgraded.abstracts.orderBy(':id').primaryKeys()).slice(0, 2);
    const { id } = await createReview({ name: 'After upgrade', question: '', criteria: [], includeKeywords: [], excludeKeywords: [], selections: [{ kind: 'library' }] }, ids, upgraded);
    await decide({ reviewId: id, abstractId: ids[0] ?? -1, stage: 1, verdict: 'include', order: 'ranked' }, upgraded);
    expect(await reviewRecordIds(id, 2, upgraded)).toEqual([ids[0]]);
  });
});
