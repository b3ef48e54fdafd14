import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { editAbstractDetails } from '../../../../renderer/db/abstracts/metadata-edit';
import { allAbstracts, getAbstract } from '../../../../renderer/db/abstracts/records';
import { importFiles } from '../../../../renderer/db/import/import';
import { setStatus } from '../../../../renderer/db/organize/reading-status';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import type { AbstractRow } from '../../../../renderer/db/schema/row-types';
import { freshDatabase, handBuiltFile } from './fixtures';
import { KERNEL_ABSTRACT } from './samples';

async function oneAbstract(): Promise<{ database: LecternDB; row: AbstractRow }> {
  const database = freshDatabase();
  await importFiles([await handBuiltFile('page.txt', [{ text: KERNEL_ABSTRACT, title: 'Kernel methods', authors: ['Mikhail Belkin'], year: 2018 }])], database);
  const [row] = await allAbstracts(database);
  if (row === undefined) throw new Error('the fixture stored no abstract');
  return { database, row };
}

const DETAILS = {
  doi: 'https://doi.org/10.1000/ABC',
  arxiv: 'arXiv:2101.00001v2',
  url: 'https://example.org/kernels',
  venue: '  Journal of  Machine Learning Research ',
  type: 'article-journal',
  citationKey: 'Belkin2018Kernels',
  keywords: ['kernels', ' interpolation ', 'kernels'],
};

describe('editAbstractDetails', () => {
  it('stores the details in their normal form, in the abstract row and its keys row', async () => {
    const { database, row } = await oneAbstract();

    await editAbstractDetails(row.id, DETAILS, database);

    const saved = await getAbstract(row.id, database);
    expect(saved).toMatchObject({
      doi: '10.1000/abc',
      arxiv: '2101.00001',
      url: 'https://example.org/kernels',
      venue: 'Journal of Machine Learning Research',
      type: 'article-journal',
      citationKey: 'Belkin2018Kernels',
      keywords: ['kernels', 'interpolation'],
      title: 'Kernel methods',
      text: KERNEL_ABSTRACT,
    });
    expect(await database.abstractKeys.get(row.id)).toMatchObject({ doi: '10.1000/abc', arxiv: '2101.00001', citationKey: 'Belkin2018Kernels' });
    expect(await database.abstractKeys.where('doi').equals('10.1000/abc').primaryKeys()).toEqual([row.id]);
  });

  it('recomputes the title key and sort title when title, year or authors change', async () => {
    const { database, row } = await oneAbstract();
    expect(row.titleKey).toBe('kernel methods|2018|belkin');

    await editAbstractDetails(row.id, { title: 'Über Kernels', year: 2019, authors: ['Siyuan Ma', 'Mikhail Belkin'] }, database);

    const keys = await database.abstractKeys.get(row.id);
    expect(keys).toMatchObject({ titleKey: 'uber kernels|2019|ma', sortTitle: 'über kernels', year: 2019 });
    expect((await getAbstract(row.id, database))?.titleKey).toBe('uber kernels|2019|ma');
    await editAbstractDetails(row.id, { year: null }, database);
    expect((await database.abstractKeys.get(row.id))?.titleKey).toBeNull();
  });

  it.each([
    [{ doi: 'not a doi' }, 'This is not a DOI: “not a doi”'],
    [{ arxiv: '1234' }, 'This is not an arXiv ID: “1234”'],
    [{ url: 'file:///etc/passwd' }, 'This is not a web address'],
    [{ type: 'poem' }, 'is not a type'],
    [{ citationKey: 'two words' }, 'citation key'],
    [{ year: 3000 }, 'year'],
  ])('rejects %o with a clear message and changes nothing', async (bad, message) => {
    const { database, row } = await oneAbstract();
    const keysBefore = await database.abstractKeys.get(row.id);

    await expect(editAbstractDetails(row.id, { ...DETAILS, ...bad }, database)).rejects.toThrow(message);

    expect(await getAbstract(row.id, database)).toEqual(row);
    expect(await database.abstractKeys.get(row.id)).toEqual(keysBefore);
  });

  it('undoes and redoes the edit, each way in both rows', async () => {
    const { database, row } = await oneAbstract();
    const edit = await editAbstractDetails(row.id, { ...DETAILS, title: 'Kernels interpolate' }, database);

    await edit.undo();
    const undone = await getAbstract(row.id, database);
    expect(undone).toMatchObject({ doi: null, arxiv: null, url: null, venue: null, type: null, citationKey: row.citationKey, keywords: [], title: 'Kernel methods', titleKey: row.titleKey, sortTitle: row.sortTitle });
    expect(await database.abstractKeys.get(row.id)).toMatchObject({ doi: null, citationKey: 'belkin2018kernel', titleKey: row.titleKey });
    expect(await database.abstractKeys.where('doi').equals('10.1000/abc').count()).toBe(0);

    await edit.redo();
    expect(await getAbstract(row.id, database)).toMatchObject({ doi: '10.1000/abc', title: 'Kernels interpolate', venue: 'Journal of Machine Learning Research' });
    expect(await database.abstractKeys.get(row.id)).toMatchObject({ doi: '10.1000/abc', citationKey: 'Belkin2018Kernels', titleKey: 'kernels interpolate|2018|belkin' });
  });

  it('undo puts back the edited fields alone: a status set since then stays', async () => {
    const { database, row } = await oneAbstract();
    const edit = await editAbstractDetails(row.id, { venue: 'JMLR' }, database);
    await setStatus(row.id, 'read', database);

    await edit.undo();

    expect(await getAbstract(row.id, database)).toMatchObject({ venue: null, status: 'read' });
  });

  it('writes nothing when nothing changed', async () => {
    const { database, row } = await oneAbstract();
    const edit = await editAbstractDetails(row.id, { title: 'Kernel methods', doi: '', keywords: [] }, database);
    expect(await getAbstract(row.id, database)).toEqual(row);
    await edit.undo();
    expect(await getAbstract(row.id, database)).toEqual(row);
  });

  it('says so when the abstract is gone before its undo', async () => {
    const { database, row } = await oneAbstract();
    const edit = await editAbstractDetails(row.id, { venue: 'JMLR' }, database);
    await database.abstracts.delete(row.id);
    await expect(edit.undo()).rejects.toThrow(/not in the library/);
  });
});
