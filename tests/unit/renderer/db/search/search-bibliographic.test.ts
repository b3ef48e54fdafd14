import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { editAbstractDetails } from '../../../../../renderer/db/abstracts/metadata-edit';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import type { SearchService } from '../../../../../renderer/db/search/search-service';
import { freshDatabase } from '../fixtures';
import { importPapers, startService, type PaperName } from './search-fixtures';

let database: LecternDB;
let ids: Record<PaperName, number>;
const running: SearchService[] = [];

async function start(): Promise<SearchService> {
  const { service } = await startService(database);
  running.push(service);
  return service;
}

beforeEach(async () => {
  database = freshDatabase();
  ids = await importPapers(database);
  await editAbstractDetails(ids.cyclical, { doi: '10.1109/WACV.2017.58', venue: 'IEEE Winter Conference on Applications of Computer Vision', citationKey: 'Smith2017Cyclical' }, database);
  await editAbstractDetails(ids.kernel, { doi: '10.48550/arXiv.1802.01396', venue: 'International Conference on Machine Learning', citationKey: 'belkin2018' }, database);
  await editAbstractDetails(ids.tropical, { venue: 'Société Mathématique de France', citationKey: 'Arora2018' }, database);
  await editAbstractDetails(ids.mentionsCyclical, { venue: 'International Conference on Learning Representations', citationKey: 'Smith2017' }, database);
});

afterEach(() => {
  for (const service of running.splice(0)) service.stop();
});

const sorted = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);
const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 3000, interval: 20 });

describe('doi:, key: and venue:', () => {
  it('doi: finds the DOI however it is typed', async () => {
    const service = await start();
    const found = async (query: string) => (await service.query(query)).ids;
    expect(await found('doi:10.1109/wacv.2017.58')).toEqual([ids.cyclical]);
    expect(await found('doi:https://doi.org/10.1109/WACV.2017.58')).toEqual([ids.cyclical]);
    expect(await found('doi:10.1109/wacv.2017')).toEqual([]);
    expect(sorted(await found('-doi:10.1109/WACV.2017.58'))).toEqual(sorted([ids.kernel, ids.tropical, ids.mentionsCyclical]));
  });

  it('key: matches a citation key exactly, case included', async () => {
    const service = await start();
    const found = async (query: string) => (await service.query(query)).ids;
    expect(await found('key:Smith2017')).toEqual([ids.mentionsCyclical]);
    expect(await found('key:Smith2017Cyclical')).toEqual([ids.cyclical]);
    expect(await found('key:smith2017')).toEqual([]);
    expect(await found('key:Belkin2018')).toEqual([]);
    expect(await found('key:belkin2018')).toEqual([ids.kernel]);
  });

  it('venue: matches words of the venue in any case and accents, whole or as a prefix', async () => {
    const service = await start();
    const found = async (query: string) => sorted((await service.query(query)).ids);
    expect(await found('venue:"international conference"')).toEqual(sorted([ids.kernel, ids.mentionsCyclical]));
    expect(await found('venue:"machine learning"')).toEqual([ids.kernel]);
    expect(await found('venue:LEARNING')).toEqual(sorted([ids.kernel, ids.mentionsCyclical]));
    expect(await found('venue:societe')).toEqual([ids.tropical]);
    expect(await found('venue:mathém')).toEqual([ids.tropical]);
    expect(await found('venue:wacv')).toEqual([]);
    expect(await found('venue:de')).toEqual([ids.tropical]);
    // Free words search title, authors and text, not the venue.
    expect(await found('winter')).toEqual([]);
  });

  it('combines with free words, other operators and negation', async () => {
    const service = await start();
    const found = async (query: string) => sorted((await service.query(query)).ids);
    expect(await found('venue:international kernel')).toEqual([ids.kernel]);
    expect(await found('venue:conference -venue:learning')).toEqual([ids.cyclical]);
    expect(await found('venue:conference year:2016')).toEqual([ids.mentionsCyclical]);
    expect(await found('key:Arora2018 author:arora')).toEqual([ids.tropical]);
    expect(await found('doi:10.48550/arxiv.1802.01396 venue:machine key:belkin2018')).toEqual([ids.kernel]);
  });

  it('follows an edit of the details, and its undo', async () => {
    const service = await start();
    const found = async (query: string) => (await service.query(query)).ids;
    const edit = await editAbstractDetails(ids.tropical, { doi: '10.1000/tropical', venue: 'Discrete & Computational Geometry', citationKey: 'Zhang2018' }, database);
    await eventually(async () => {
      expect(await found('doi:10.1000/TROPICAL')).toEqual([ids.tropical]);
      expect(await found('venue:discrete')).toEqual([ids.tropical]);
      expect(await found('key:Zhang2018')).toEqual([ids.tropical]);
      expect(await found('venue:societe')).toEqual([]);
    });
    await edit.undo();
    await eventually(async () => {
      expect(await found('doi:10.1000/tropical')).toEqual([]);
      expect(await found('venue:discrete')).toEqual([]);
      expect(await found('key:Zhang2018')).toEqual([]);
      expect(await found('venue:societe')).toEqual([ids.tropical]);
    });
  });

  it('answers venue: from the saved index after a restart, without rebuilding it', async () => {
    (await start()).stop();
    const { service, statuses } = await startService(database);
    running.push(service);
    expect(statuses.map((status) => status.state)).toEqual(['loading', 'ready']);
    expect(sorted((await service.query('venue:learning')).ids)).toEqual(sorted([ids.kernel, ids.mentionsCyclical]));
  });

  it('rebuilds an index saved before venues were indexed', async () => {
    (await start()).stop();
    const meta = await database.searchIndex.get('meta');
    if (meta?.key !== 'meta') throw new Error('no index saved');
    await database.searchIndex.put({ ...meta, format: 2 });
    const { service, statuses } = await startService(database);
    running.push(service);
    expect(statuses.map((status) => status.state)).toContain('building');
    expect((await service.query('venue:societe')).ids).toEqual([ids.tropical]);
  });
});
