import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import {
  createSavedSearch,
  deleteSavedSearch,
  listSavedSearches,
  renameSavedSearch,
} from '../../../../renderer/db/search/saved-searches';
import { freshDatabase } from './fixtures';

let database: LecternDB;

beforeEach(() => {
  database = freshDatabase();
});

const names = async (): Promise<string[]> => (await listSavedSearches(database)).map((row) => row.name);

describe('saved searches', () => {
  it('saves a query, named after it by default, and lists searches in the order saved', async () => {
    const first = await createSavedSearch('  tag:theory   -is:read ', undefined, database);
    await createSavedSearch('zonotopes', 'Geometry', database);
    const rows = await listSavedSearches(database);
    expect(rows.map(({ name, query }) => ({ name, query }))).toEqual([
      { name: 'tag:theory -is:read', query: 'tag:theory -is:read' },
      { name: 'Geometry', query: 'zonotopes' },
    ]);
    expect(rows[0]?.id).toBe(first.id);
  });

  it('refuses an empty query or name', async () => {
    await expect(createSavedSearch('   ', undefined, database)).rejects.toThrow(/query/);
    const { id } = await createSavedSearch('sgd', undefined, database);
    await expect(renameSavedSearch(id, ' ', database)).rejects.toThrow(/name/);
    expect(await names()).toEqual(['sgd']);
  });

  it('renames, and undo and redo the rename', async () => {
    const { id } = await createSavedSearch('sgd', undefined, database);
    const rename = await renameSavedSearch(id, ' Optimisers ', database);
    expect(await names()).toEqual(['Optimisers']);
    await rename.undo();
    expect(await names()).toEqual(['sgd']);
    await rename.redo();
    expect(await names()).toEqual(['Optimisers']);
  });

  it('deletes with undo that restores the same row, id included', async () => {
    const { id } = await createSavedSearch('year:2019', undefined, database);
    const before = await listSavedSearches(database);
    const removal = await deleteSavedSearch(id, database);
    expect(await names()).toEqual([]);
    await removal.undo();
    expect(await listSavedSearches(database)).toEqual(before);
    await removal.redo();
    expect(await names()).toEqual([]);
    await expect(deleteSavedSearch(id, database)).rejects.toThrow(/does not exist/);
  });

  it('undoes a creation by removing the search, and redoes it with the same id', async () => {
    const created = await createSavedSearch('has:note', undefined, database);
    await created.undo();
    expect(await names()).toEqual([]);
    await created.redo();
    expect((await listSavedSearches(database)).map((row) => row.id)).toEqual([created.id]);
  });
});
