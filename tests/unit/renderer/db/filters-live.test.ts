import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { expect, test } from 'vitest';
import { openDatabase } from '../../../../renderer/db/schema/database';
import { queryFilteredIds } from '../../../../renderer/db/organize/filters';
import { createList } from '../../../../renderer/db/lists/lists';
import type { LibraryFilter } from '../../../../renderer/db/organize/types';
import { ensureSeedsImported } from '../../../../renderer/db/import/seed';
import { readSeedFiles } from './seed-files';
import { abstractTables, deleteAbstractRows } from '../../../../renderer/db/abstracts/store';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 300));

/** What a list pane would show over time for the filter, while the seeds arrive. */
async function emissionsDuringFirstRun(name: string, filterOf: (listId: number) => LibraryFilter): Promise<number[]> {
  const database = openDatabase(name);
  const listId = await createList('Later', database).then((created) => created.id);
  const seen: number[] = [];
  const subscription = liveQuery(() => queryFilteredIds(filterOf(listId), 'added', database)).subscribe({
    next: (ids) => seen.push(ids.length),
  });
  await settle();
  await ensureSeedsImported(() => readSeedFiles(), database);
  await settle();
  subscription.unsubscribe();
  database.close();
  return seen;
}

test('the unfiltered list shows the first-run import as soon as it is stored', async () => {
  expect((await emissionsDuringFirstRun('live-unfiltered', () => ({}))).at(-1)).toBe(26);
});

test('a filtered list updates live too', async () => {
  expect((await emissionsDuringFirstRun('live-unread', () => ({ status: 'unread' }))).at(-1)).toBe(26);
});

test('an empty reading list stays empty while the library fills', async () => {
  expect(await emissionsDuringFirstRun('live-list', (listId) => ({ listId }))).toEqual([0]);
});

test('every sort of the whole library drops a deleted abstract at once', async () => {
  const database = openDatabase('live-delete');
  await ensureSeedsImported(() => readSeedFiles(), database);
  const sorts = ['added', 'title', 'year'] as const;
  const latest = new Map<string, number[]>();
  const subscriptions = sorts.map((sort) =>
    liveQuery(() => queryFilteredIds({}, sort, database)).subscribe({ next: (ids) => latest.set(sort, ids) }),
  );
  await settle();
  const [gone] = latest.get('added') ?? [];
  if (gone === undefined) throw new Error('the library is empty');
  await database.transaction('rw', abstractTables(database), () => deleteAbstractRows([gone], database));
  await settle();
  for (const subscription of subscriptions) subscription.unsubscribe();
  database.close();
  for (const sort of sorts) {
    expect(latest.get(sort)).toHaveLength(25);
    expect(latest.get(sort)).not.toContain(gone);
  }
});
