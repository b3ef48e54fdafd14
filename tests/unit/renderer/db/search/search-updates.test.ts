import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateAbstractMeta } from '../../../../../renderer/db/abstracts/metadata-edit';
import { createHighlight, setAnnotationComment } from '../../../../../renderer/db/annotations/annotations';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { importFiles } from '../../../../../renderer/db/import/import';
import { loadIndex } from '../../../../../renderer/db/search/index-store';
import type { SearchService } from '../../../../../renderer/db/search/search-service';
import { saveNote } from '../../../../../renderer/db/notes/notes';
import { addTag } from '../../../../../renderer/db/tags/tags';
import { deleteAbstract, freshDatabase, handBuiltFile } from '../fixtures';
import { importPapers, PAPERS, startService, type PaperName } from './search-fixtures';

let database: LecternDB;
let ids: Record<PaperName, number>;
const running: SearchService[] = [];

async function start(saveDelayMs = 10) {
  const started = await startService(database, saveDelayMs);
  running.push(started.service);
  return started;
}

beforeEach(async () => {
  database = freshDatabase();
  ids = await importPapers(database);
});

afterEach(() => {
  for (const service of running.splice(0)) service.stop();
});

const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 3000, interval: 20 });

describe('incremental updates', () => {
  it('finds a highlight’s comment, its quote, a tag and a note once they are written', async () => {
    const { service } = await start();
    const text = PAPERS.kernel.text;
    const annotationId = await createHighlight(ids.kernel, text.indexOf('interpolate'), text.indexOf(' noisy'), 'yellow', database);
    await setAnnotationComment(annotationId, null, 'Compare with double descent', database);
    await addTag(ids.cyclical, 'schedules/annealing', database);
    await saveNote(ids.tropical, null, 'Polytopes everywhere', database);
    await eventually(async () => {
      expect((await service.query('double descent')).ids).toEqual([ids.kernel]);
      expect((await service.query('annealing')).ids).toEqual([ids.cyclical]);
      expect((await service.query('polytopes')).ids).toEqual([ids.tropical]);
    });
  });

  it('follows an edited title, a newly imported abstract and a deleted one', async () => {
    const { service } = await start();
    await updateAbstractMeta(ids.kernel, { title: 'Reproducing kernels and interpolation', authors: ['Mikhail Belkin'], year: 2019 }, database);
    await importFiles([await handBuiltFile('more.txt', [{ title: 'Tropical polynomials', text: 'Max-plus algebra meets zonotopes.' }])], database);
    await deleteAbstract(database, ids.tropical);
    await eventually(async () => {
      expect((await service.query('reproducing')).ids).toEqual([ids.kernel]);
      expect((await service.query('match')).ids).toEqual([]);
      const zonotopes = await service.query('zonotopes');
      expect(zonotopes.ids).toHaveLength(1);
      expect(zonotopes.ids).not.toContain(ids.tropical);
    });
  });
});

describe('persistence', () => {
  it('loads the saved index on restart instead of rebuilding it', async () => {
    const first = await start();
    expect(first.statuses.map((status) => status.state)).toContain('building');
    first.service.stop();
    const second = await start();
    expect(second.statuses.map((status) => status.state)).toEqual(['loading', 'ready']);
    expect((await second.service.query('zonotpes')).ids).toEqual([ids.tropical]);
  });

  it('re-applies changes made after the last save when it restarts', async () => {
    const first = await start(60_000);
    await updateAbstractMeta(ids.kernel, { title: 'Reproducing kernels', authors: [], year: 2019 }, database);
    await eventually(async () => expect((await first.service.query('reproducing')).ids).toEqual([ids.kernel]));
    first.service.stop();
    const second = await start();
    expect(second.statuses.some((status) => status.state === 'building')).toBe(false);
    await eventually(async () => expect((await second.service.query('reproducing')).ids).toEqual([ids.kernel]));
  });

  it('rebuilds an index that no longer matches the library', async () => {
    (await start()).service.stop();
    await database.searchIndex.clear();
    expect(await loadIndex(database)).toEqual({ engine: null, reason: 'missing' });
    (await start()).service.stop();
    await deleteAbstract(database, ids.kernel);
    expect(await loadIndex(database)).toEqual({ engine: null, reason: 'outdated' });
    const rebuilt = await start();
    expect(rebuilt.statuses.map((status) => status.state)).toContain('building');
    expect((await rebuilt.service.query('kernel')).ids).toEqual([]);
  });

  it('detects a corrupt chunk and rebuilds, reporting progress', async () => {
    (await start()).service.stop();
    const chunk = (await database.searchIndex.toArray()).find((row) => row.key.startsWith('chunk:body/'));
    if (chunk === undefined || !('data' in chunk)) throw new Error('no body chunk saved');
    await database.searchIndex.put({ ...chunk, data: `${chunk.data.slice(0, 20)}garbage` });
    expect(await loadIndex(database)).toMatchObject({ engine: null, reason: 'corrupt' });
    const rebuilt = await start();
    const building = rebuilt.statuses.filter((status) => status.state === 'building');
    expect(building.at(-1)).toEqual({ state: 'building', done: 4, total: 4 });
    expect(rebuilt.statuses.at(-1)?.state).toBe('ready');
    expect((await rebuilt.service.query('zonotopes')).ids).toEqual([ids.tropical]);
  });
});
