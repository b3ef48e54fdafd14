import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { editAbstractDetails, regenerateCitationKey } from '../../../../renderer/db/abstracts/metadata-edit';
import { allAbstracts, getAbstract } from '../../../../renderer/db/abstracts/records';
import { importFiles } from '../../../../renderer/db/import/import';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import type { AbstractRow } from '../../../../renderer/db/schema/row-types';
import { freshDatabase, handBuiltFile } from './fixtures';

async function twoAbstracts(): Promise<{ database: LecternDB; kernels: AbstractRow; attention: AbstractRow }> {
  const database = freshDatabase();
  await importFiles(
    [
      await handBuiltFile('page.txt', [
        { text: 'We study kernel machines that interpolate their training data and still generalise.', title: 'Kernel Methods', authors: ['Mikhail Belkin'], year: 2018 },
        { text: 'The dominant sequence transduction models are based on recurrent networks.', title: 'Attention Is All You Need', authors: ['Ashish Vaswani'], year: 2017 },
      ]),
    ],
    database,
  );
  const rows = await allAbstracts(database);
  const byTitle = (title: string): AbstractRow => {
    const row = rows.find((candidate) => candidate.title === title);
    if (row === undefined) throw new Error(`no abstract titled ${title}`);
    return row;
  };
  return { database, kernels: byTitle('Kernel Methods'), attention: byTitle('Attention Is All You Need') };
}

async function keyOf(database: LecternDB, id: number): Promise<string | null | undefined> {
  return (await getAbstract(id, database))?.citationKey;
}

describe('citation keys and Edit details', () => {
  it('gives each imported capture its default key, and keeps it when title, authors or year change', async () => {
    const { database, kernels, attention } = await twoAbstracts();
    expect(kernels.citationKey).toBe('belkin2018kernel');
    expect(attention.citationKey).toBe('vaswani2017attention');

    await editAbstractDetails(kernels.id, { title: 'Reconciling Modern Practice', authors: ['Siyuan Ma'], year: 2019 }, database);
    expect(await keyOf(database, kernels.id)).toBe('belkin2018kernel');
    database.close();
  });

  it('refuses a key another abstract has, naming that abstract, and saves nothing of the edit', async () => {
    const { database, kernels } = await twoAbstracts();
    await expect(editAbstractDetails(kernels.id, { title: 'Renamed', citationKey: ' vaswani2017attention ' }, database)).rejects.toThrow(
      'The citation key “vaswani2017attention” is already used by “Attention Is All You Need”.',
    );
    expect(await getAbstract(kernels.id, database)).toMatchObject({ title: 'Kernel Methods', citationKey: 'belkin2018kernel' });
    expect(await database.abstractKeys.get(kernels.id)).toMatchObject({ citationKey: 'belkin2018kernel' });
    database.close();
  });

  it('accepts the abstract’s own key unchanged and a free key', async () => {
    const { database, kernels } = await twoAbstracts();
    await editAbstractDetails(kernels.id, { citationKey: 'belkin2018kernel', venue: 'PNAS' }, database);
    expect(await getAbstract(kernels.id, database)).toMatchObject({ venue: 'PNAS', citationKey: 'belkin2018kernel' });
    await editAbstractDetails(kernels.id, { citationKey: 'Belkin2018' }, database);
    expect(await database.abstractKeys.where('citationKey').equals('Belkin2018').primaryKeys()).toEqual([kernels.id]);
    database.close();
  });

  it('regenerates the default key from the current details, and undo and redo put each key back', async () => {
    const { database, kernels } = await twoAbstracts();
    await editAbstractDetails(kernels.id, { title: 'Reconciling Modern Practice', authors: ['Siyuan Ma'], year: 2019 }, database);

    const reversible = await regenerateCitationKey(kernels.id, database);
    expect(await keyOf(database, kernels.id)).toBe('ma2019reconciling');
    expect(await database.abstractKeys.where('citationKey').equals('ma2019reconciling').primaryKeys()).toEqual([kernels.id]);

    await reversible.undo();
    expect(await keyOf(database, kernels.id)).toBe('belkin2018kernel');
    expect(await getAbstract(kernels.id, database)).toMatchObject({ title: 'Reconciling Modern Practice', year: 2019 });
    await reversible.redo();
    expect(await keyOf(database, kernels.id)).toBe('ma2019reconciling');
    database.close();
  });

  it('regenerates a default another abstract has with a suffix, and a blank key means the default', async () => {
    const { database, kernels, attention } = await twoAbstracts();
    await editAbstractDetails(kernels.id, { title: 'Attention, Again', authors: ['Ashish Vaswani'], year: 2017 }, database);
    await regenerateCitationKey(kernels.id, database);
    expect(await keyOf(database, kernels.id)).toBe('vaswani2017attentiona');

    await editAbstractDetails(attention.id, { citationKey: 'custom' }, database);
    await editAbstractDetails(attention.id, { citationKey: '   ' }, database);
    expect(await keyOf(database, attention.id)).toBe('vaswani2017attention');
    database.close();
  });

  it('refuses an undo that would repeat a key another abstract took since', async () => {
    const { database, kernels, attention } = await twoAbstracts();
    const rename = await editAbstractDetails(kernels.id, { citationKey: 'kernels' }, database);
    await editAbstractDetails(attention.id, { citationKey: 'belkin2018kernel' }, database);
    await expect(rename.undo()).rejects.toThrow('already used by “Attention Is All You Need”');
    expect(await keyOf(database, kernels.id)).toBe('kernels');
    database.close();
  });
});
