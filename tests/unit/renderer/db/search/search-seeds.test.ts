import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { importFiles } from '../../../../../renderer/db/import/import';
import type { SearchService } from '../../../../../renderer/db/search/search-service';
import { displayTitle } from '../../../../../shared/text/display-title';
import { freshDatabase } from '../fixtures';
import { readSeedFiles } from '../seed-files';
import { startService } from './search-fixtures';
import { bulkGetAbstracts, getAbstract } from '../../../../../renderer/db/abstracts/records';

let database: LecternDB;
let service: SearchService;

beforeAll(async () => {
  database = freshDatabase();
  await importFiles(await readSeedFiles(), database);
  ({ service } = await startService(database));
});

afterAll(() => service.stop());

async function firstTitle(query: string): Promise<{ title: string; authors: string[] }> {
  const [first] = (await service.query(query)).ids;
  const row = first === undefined ? undefined : await getAbstract(first, database);
  if (row === undefined) throw new Error(`“${query}” found nothing`);
  return { title: displayTitle(row), authors: row.authors };
}

describe('search over the seed library', () => {
  it('lists the cyclical learning rates abstract first for “cyclical learning”', async () => {
    expect((await firstTitle('cyclical learning')).title).toMatch(/cyclical learning rates/i);
  });

  it('finds the Arora et al. abstract for the misspelt “zonotpes”', async () => {
    const outcome = await service.query('zonotpes');
    expect(outcome.terms).toContain('zonotopes');
    // The seed capture does not name its authors; it is the ReLU DNN paper that cites zonotopes.
    const [first] = await bulkGetAbstracts(outcome.ids.slice(0, 1), database);
    expect(first?.text).toMatch(/ReLU DNN[\s\S]*theory of zonotopes/);
  });

  it('answers every keystroke of a query without an error', async () => {
    const query = 'energy propagation';
    for (let end = 1; end <= query.length; end++) expect((await service.query(query.slice(0, end))).errors).toEqual([]);
    expect((await firstTitle(query)).title).toMatch(/energy propagation/i);
  });
});
