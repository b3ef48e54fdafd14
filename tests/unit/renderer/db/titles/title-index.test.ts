import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { updateAbstractMeta } from '../../../../../renderer/db/abstracts/metadata-edit';
import { importFiles } from '../../../../../renderer/db/import/import';
import { findTitles, titlesOf, watchTitles } from '../../../../../renderer/db/titles/title-index';
import { deleteAbstract, freshDatabase, handBuiltFile } from '../fixtures';
import { countRowsRead } from './row-counter';

describe('title index', () => {
  it('lists display titles A to Z, a snippet by the start of its text, and follows edits, deletions and imports', async () => {
    const database = freshDatabase();
    const first = await handBuiltFile('one.txt', [
      { title: 'Waves of energy', text: 'A study of waves.' },
      { title: null, text: 'Energy moves through lattices. Then more.' },
      { title: 'Kernel machines', text: 'On kernels.' },
    ]);
    await importFiles([first], database);
    const titles = async (query: string): Promise<string[]> => (await findTitles(query, 10, {}, database)).map((hit) => hit.title);
    expect(await titles('')).toEqual(['Energy moves through lattices.', 'Kernel machines', 'Waves of energy']);
    expect(await titles('energy')).toEqual(['Energy moves through lattices.', 'Waves of energy']);

    const kernel = (await findTitles('kernel', 1, {}, database))[0];
    if (kernel === undefined) throw new Error('kernel abstract missing');
    await updateAbstractMeta(kernel.id, { title: 'Energy kernels', authors: [], year: null }, database);
    expect(await titles('energy')).toEqual(['Energy kernels', 'Energy moves through lattices.', 'Waves of energy']);
    expect(await titlesOf([kernel.id, 9999], database)).toEqual(new Map([[kernel.id, 'Energy kernels']]));

    await deleteAbstract(database, kernel.id);
    expect(await titles('energy')).toEqual(['Energy moves through lattices.', 'Waves of energy']);

    await importFiles([await handBuiltFile('two.txt', [{ title: 'Dark energy', text: 'Cosmology.' }])], database);
    expect(await titles('energy')).toEqual(['Energy moves through lattices.', 'Dark energy', 'Waves of energy']);
  });

  it('answers a picker whose signal is live, and rejects one whose question was abandoned (the user typed on)', async () => {
    const database = freshDatabase();
    await importFiles([await handBuiltFile('one.txt', [{ title: 'Waves of energy', text: 'A study of waves.' }])], database);
    const live = new AbortController();
    expect((await findTitles('wves', 5, { signal: live.signal }, database)).map((hit) => hit.title)).toEqual(['Waves of energy']);
    const abandoned = new AbortController();
    abandoned.abort(new Error('typed on'));
    await expect(findTitles('wves', 5, { signal: abandoned.signal }, database)).rejects.toThrow('typed on');
  });

  it('tells its watchers when a built index holds a renamed title, so a view can read it again', async () => {
    const database = freshDatabase();
    const other = freshDatabase();
    await importFiles([await handBuiltFile('one.txt', [{ title: 'Waves of energy', text: 'A study of waves.' }])], database);
    await importFiles([await handBuiltFile('two.txt', [{ title: 'Elsewhere', text: 'Another library.' }])], other);
    const [wave] = await findTitles('waves', 1, {}, database);
    if (wave === undefined) throw new Error('wave abstract missing');
    await titlesOf([wave.id], other);
    let told = 0;
    const stop = watchTitles(() => (told += 1), database);

    const [elsewhere] = await findTitles('elsewhere', 1, {}, other);
    if (elsewhere === undefined) throw new Error('other abstract missing');
    await updateAbstractMeta(elsewhere.id, { title: 'Still elsewhere', authors: [], year: null }, other);
    expect(told).toBe(0);

    await updateAbstractMeta(wave.id, { title: 'Renamed waves', authors: [], year: null }, database);
    expect(told).toBeGreaterThan(0);
    expect(await titlesOf([wave.id], database)).toEqual(new Map([[wave.id, 'Renamed waves']]));

    stop();
    const before = told;
    await updateAbstractMeta(wave.id, { title: 'Waves again', authors: [], year: null }, database);
    expect(told).toBe(before);
  });

  it('before the index is first built, gives the titles asked for by reading those abstracts alone', async () => {
    const database = freshDatabase();
    const counter = countRowsRead(database);
    await importFiles([await handBuiltFile('one.txt', Array.from({ length: 30 }, (_, n) => ({ title: `Paper ${n + 1}`, text: `Text ${n + 1}.` })))], database);
    const ids = (await database.abstracts.toCollection().primaryKeys()).slice(0, 3);
    counter.reset();
    expect([...(await titlesOf(ids, database)).values()].sort()).toEqual(['Paper 1', 'Paper 2', 'Paper 3']);
    expect(counter.read('abstracts')).toBe(3);
  });
});
