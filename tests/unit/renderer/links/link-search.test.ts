import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../renderer/db/import/import';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { searchCandidates } from '../../../../renderer/features/links/link-search';
import { freshDatabase, handBuiltFile } from '../db/fixtures';

const TITLES = [
  'Energy Propagation in Deep Convolutional Neural Networks',
  'Towards Understanding Learning in Neural Networks with Linear Teachers',
  'Neural networks as kernel machines',
  'Spectral clustering',
];

async function library(): Promise<{ database: LecternDB; ids: Map<string, number> }> {
  const database = freshDatabase();
  const file = await handBuiltFile('page.txt', TITLES.map((title, index) => ({ title, text: `Body ${index} of a study on things.` })));
  await importFiles([file], database);
  const ids = new Map((await database.abstracts.toArray()).map((row) => [row.title ?? '', row.id]));
  return { database, ids };
}

describe('searchCandidates', () => {
  it('matches display titles case-insensitively, titles starting with the query first; finds typos; never offers the open abstract', async () => {
    const { database, ids } = await library();
    const id = (index: number): number => ids.get(TITLES[index] ?? '') ?? -1;
    const titles = async (query: string, excludeId = 0, limit?: number): Promise<number[]> =>
      (await searchCandidates(query, excludeId, limit, database)).map((candidate) => candidate.id);

    expect(await titles('NEURAL')).toEqual([id(2), id(0), id(1)]);
    expect(await titles('spectral')).toEqual([id(3)]);
    expect(await titles('enrgy propagaton')).toEqual([id(0)]);
    expect(await titles('neural', id(2))).toEqual([id(0), id(1)]);
    // An empty query lists the library A to Z by title.
    expect(await titles('  ', id(3))).toEqual([id(0), id(2), id(1)]);
    expect(await titles('', 0, 2)).toHaveLength(2);
    expect(await titles('zzzz qqqq')).toEqual([]);
  });
});
