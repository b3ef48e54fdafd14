import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import type { SearchService } from '../../../../../renderer/db/search/search-service';
import { setStatus, toggleStar } from '../../../../../renderer/db/organize/reading-status';
import { addTag } from '../../../../../renderer/db/tags/tags';
import { freshDatabase } from '../fixtures';
import { importPapers, startService, type PaperName } from './search-fixtures';

let database: LecternDB;
let service: SearchService;
let ids: Record<PaperName, number>;

beforeEach(async () => {
  database = freshDatabase();
  ids = await importPapers(database);
  ({ service } = await startService(database));
});

afterEach(() => service.stop());

const found = async (query: string): Promise<number[]> => (await service.query(query)).ids;

describe('search ranking and matching', () => {
  it('ranks a title match above a text match', async () => {
    expect(await found('cyclical learning')).toEqual([ids.cyclical, ids.mentionsCyclical]);
  });

  it('matches prefixes and reports the expanded words to highlight', async () => {
    const outcome = await service.query('zono');
    expect(outcome.ids).toEqual([ids.tropical]);
    expect(outcome.terms).toContain('zonotopes');
  });

  it('corrects a typo: zonotpes finds zonotopes', async () => {
    const outcome = await service.query('zonotpes');
    expect(outcome.ids).toEqual([ids.tropical]);
    expect(outcome.terms).toEqual(['zonotopes']);
  });

  it('matches an exact phrase only where its words are consecutive', async () => {
    expect(await found('learning rates')).toEqual(expect.arrayContaining([ids.cyclical, ids.mentionsCyclical]));
    const outcome = await service.query('"learning rates"');
    expect(outcome.ids).toEqual([ids.cyclical]);
    expect(outcome.phrases).toEqual(['learning rates']);
    // Before its closing quote is typed, the phrase's words match as words (the last as a prefix).
    const typing = await service.query('"learning rat');
    expect(typing.ids).toEqual(expect.arrayContaining([ids.cyclical, ids.mentionsCyclical]));
    expect(typing.errors).toHaveLength(1);
  });

  it('searches authors, and author: only authors', async () => {
    expect(await found('arora')).toEqual([ids.tropical]);
    expect(await found('author:belk')).toEqual([ids.kernel]);
    expect(await found('author:kernel')).toEqual([]);
  });

  it('filters by year, is:snippet, and their negations', async () => {
    expect(await found('networks year:2018')).toEqual([ids.tropical]);
    expect((await found('year:2017..2018')).sort()).toEqual([ids.cyclical, ids.tropical].sort());
    expect(await found('is:snippet')).toEqual([ids.tropical]);
    expect(await found('networks -is:snippet')).toEqual([ids.cyclical, ids.kernel]);
  });

  it('filters by tag (with descendants), status and star, negated too', async () => {
    await addTag(ids.kernel, 'theory/kernels', database);
    await addTag(ids.tropical, 'theory', database);
    await setStatus(ids.cyclical, 'read', database);
    await toggleStar(ids.kernel, database);
    expect((await found('tag:theory')).sort()).toEqual([ids.kernel, ids.tropical].sort());
    expect(await found('tag:kernels')).toEqual([ids.kernel]);
    expect(await found('deep -tag:theory/kernels')).toEqual([ids.tropical]);
    expect(await found('is:read')).toEqual([ids.cyclical]);
    expect(await found('learning -is:read')).toEqual([ids.kernel, ids.mentionsCyclical]);
    expect(await found('is:starred')).toEqual([ids.kernel]);
  });

  it('excludes a negated word and a negated phrase', async () => {
    expect(await found('learning -kernel')).not.toContain(ids.kernel);
    expect(await found('learning -"learning rate"')).not.toContain(ids.cyclical);
  });

  it('reports bad syntax instead of throwing, and still runs the rest', async () => {
    const outcome = await service.query('zonotopes colour:red');
    expect(outcome.ids).toEqual([ids.tropical]);
    expect(outcome.errors).toEqual([expect.objectContaining({ start: 10, end: 20 })]);
  });
});
