import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';
import { handBuiltFile, snapshot, withoutVersion11Fields } from './fixtures';
import { upgradeOlderRelease } from './older-release';
import { readSeedFiles } from './seed-files';

describe('upgrading a version-10 library to bibliographic fields and identifier keys (version 11)', () => {
  it('keeps every row, adds empty fields, a title key where title, year and author are known, and the identifiers a text names', async () => {
    const seeds = await readSeedFiles();
    const page = await handBuiltFile('page-with-doi.txt', [
      { text: 'We prove a sharper bound for stochastic gradient descent (doi:10.1145/3292500.3330701, see also arXiv:1706.03762v5).', title: 'Sharper Bounds for SGD', authors: ['Jan van der Berg', 'Ana Lima'], year: 2019 },
      { text: 'Two DOIs, 10.1000/one and 10.1000/two, name no single paper.', title: 'Untitled year', authors: ['Ana Lima'] },
    ]);
    const { before, upgraded } = await upgradeOlderRelease(10, [...seeds, page], () => Promise.resolve());
    const after = await snapshot(upgraded);
    for (const [table, rows] of Object.entries(before)) expect(withoutVersion11Fields(after[table]), table).toEqual(rows);
    expect(after.distinctPairs).toEqual([]);

    const rows = await allAbstracts(upgraded);
    const sharper = rows.find((row) => row.title === 'Sharper Bounds for SGD');
    // Version 12 then gives it its default citation key.
    expect(sharper).toMatchObject({ doi: '10.1145/3292500.3330701', arxiv: '1706.03762', url: null, venue: null, type: null, citationKey: 'berg2019sharper', keywords: [], fields: {} });
    expect(sharper?.titleKey).toBe('sharper bounds for sgd|2019|berg');
    const untitledYear = rows.find((row) => row.title === 'Untitled year');
    expect(untitledYear).toMatchObject({ doi: null, arxiv: null, titleKey: null });
    for (const row of rows.filter((row) => row.captureHashes.includes(seeds[0]?.contentHash ?? ''))) expect(row).toMatchObject({ doi: null, keywords: [], fields: {} });

    // The new indexes answer.
    expect(await upgraded.abstractKeys.where('doi').equals('10.1145/3292500.3330701').primaryKeys()).toEqual([sharper?.id]);
    expect(await upgraded.abstractKeys.where('arxiv').equals('1706.03762').primaryKeys()).toEqual([sharper?.id]);
    expect(await upgraded.abstractKeys.where('titleKey').equals('sharper bounds for sgd|2019|berg').primaryKeys()).toEqual([sharper?.id]);
    expect(await upgraded.abstractKeys.where('citationKey').above('').count()).toBe(rows.length);
    upgraded.close();
  });
});
