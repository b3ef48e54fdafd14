import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { updateAbstractMeta } from '../../../../renderer/db/abstracts/metadata-edit';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { importFiles } from '../../../../renderer/db/import/import';
import type { AbstractRow } from '../../../../renderer/db/schema/row-types';
import { freshDatabase, handBuiltFile } from './fixtures';
import { KERNEL_ABSTRACT } from './samples';
import { allAbstracts, getAbstract } from '../../../../renderer/db/abstracts/records';

async function oneAbstract(): Promise<{ database: LecternDB; row: AbstractRow }> {
  const database = freshDatabase();
  await importFiles([await handBuiltFile('page.txt', [{ text: KERNEL_ABSTRACT }])], database);
  const [row] = await allAbstracts(database);
  if (row === undefined) throw new Error('the fixture stored no abstract');
  return { database, row };
}

describe('updateAbstractMeta', () => {
  it('saves a trimmed title, authors and year, and re-sorts the abstract by its new title', async () => {
    const { database, row } = await oneAbstract();

    await updateAbstractMeta(row.id, { title: '  Zeta functions and kernels ', authors: [' Ada Lovelace ', 'Alan Turing'], year: 2021 }, database);

    const saved = await getAbstract(row.id, database);
    expect(saved).toMatchObject({ title: 'Zeta functions and kernels', authors: ['Ada Lovelace', 'Alan Turing'], year: 2021 });
    expect(saved?.sortTitle).toBe('zeta functions and kernels');
    expect(saved?.updatedAt).toBeGreaterThanOrEqual(row.updatedAt);
    expect(saved?.text).toBe(KERNEL_ABSTRACT);
  });

  it('clears the title and year when given null or a blank title', async () => {
    const { database, row } = await oneAbstract();
    await updateAbstractMeta(row.id, { title: 'Temporary', authors: [], year: 1999 }, database);

    await updateAbstractMeta(row.id, { title: '   ', authors: [], year: null }, database);

    const saved = await getAbstract(row.id, database);
    expect(saved).toMatchObject({ title: null, year: null });
    expect(saved?.sortTitle).toBe(row.sortTitle);
  });

  it.each([
    [{ year: 999 }, /year/],
    [{ year: 2101 }, /year/],
    [{ year: 2020.5 }, /year/],
    [{ year: Number.NaN }, /year/],
    [{ authors: ['Ada Lovelace', '  '] }, /author/],
  ])('rejects %o with a clear message and stores nothing', async (bad, message) => {
    const { database, row } = await oneAbstract();

    await expect(updateAbstractMeta(row.id, { title: 'Fine', authors: ['Ada Lovelace'], year: 2000, ...bad }, database)).rejects.toThrow(message);

    expect(await getAbstract(row.id, database)).toEqual(row);
  });

  it('accepts the bounds of the year range', async () => {
    const { database, row } = await oneAbstract();
    await updateAbstractMeta(row.id, { title: null, authors: [], year: 1000 }, database);
    await updateAbstractMeta(row.id, { title: null, authors: [], year: 2100 }, database);
    expect((await getAbstract(row.id, database))?.year).toBe(2100);
  });

  it('says so when the abstract is not in the library', async () => {
    const { database } = await oneAbstract();
    await expect(updateAbstractMeta(424242, { title: null, authors: [], year: null }, database)).rejects.toThrow(/not in the library/);
  });
});
