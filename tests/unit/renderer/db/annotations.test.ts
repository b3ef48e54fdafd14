import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createHighlight,
  deleteAnnotation,
  queryAnnotations,
  reattachAnnotation,
  restoreAnnotation,
  setAnnotationColor,
  setAnnotationComment,
} from '../../../../renderer/db/annotations/annotations';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { importFiles } from '../../../../renderer/db/import/import';
import type { AbstractRow } from '../../../../renderer/db/schema/row-types';
import { freshDatabase, handBuiltFile } from './fixtures';
import { KERNEL_ABSTRACT } from './samples';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';

async function oneAbstract(): Promise<{ database: LecternDB; abstract: AbstractRow }> {
  const database = freshDatabase();
  await importFiles([await handBuiltFile('page.txt', [{ text: KERNEL_ABSTRACT }])], database);
  const [abstract] = await allAbstracts(database);
  if (abstract === undefined) throw new Error('the fixture stored no abstract');
  return { database, abstract };
}

function rangeOf(text: string, words: string): [number, number] {
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in the text`);
  return [start, start + words.length];
}

describe('highlight actions', () => {
  it('creates an anchored highlight whose selectors quote exactly the selected words', async () => {
    const { database, abstract } = await oneAbstract();
    const [start, end] = rangeOf(abstract.text, 'multiple-descent curve');

    const id = await createHighlight(abstract.id, start, end, 'yellow', database);

    const row = await database.annotations.get(id);
    expect(row).toMatchObject({ abstractId: abstract.id, color: 'yellow', state: 'anchored', confidence: 1, comment: { json: null, text: '' } });
    expect(row?.selectors.quote.exact).toBe('multiple-descent curve');
    expect(row?.selectors.quote.prefix).toBe(abstract.text.slice(start - 32, start));
    expect(row?.selectors.position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('refuses an empty or out-of-range selection and a missing abstract, storing nothing', async () => {
    const { database, abstract } = await oneAbstract();
    await expect(createHighlight(abstract.id, 10, 10, 'blue', database)).rejects.toThrow(RangeError);
    await expect(createHighlight(abstract.id, 0, abstract.text.length + 5, 'blue', database)).rejects.toThrow(RangeError);
    await expect(createHighlight(abstract.id + 99, 0, 5, 'blue', database)).rejects.toThrow(/not in the library/);
    expect(await database.annotations.count()).toBe(0);
  });

  it('changes colour and comment, keeping the plain text beside the Lexical JSON', async () => {
    const { database, abstract } = await oneAbstract();
    const id = await createHighlight(abstract.id, ...rangeOf(abstract.text, 'optimal regularisation'), 'yellow', database);
    const json = JSON.stringify({ root: { children: [], type: 'root', version: 1 } });

    await setAnnotationColor(id, 'purple', database);
    await setAnnotationComment(id, json, 'Removes **all** peaks', database);

    expect(await database.annotations.get(id)).toMatchObject({ color: 'purple', comment: { json, text: 'Removes **all** peaks' } });
  });

  it('deletes a highlight and restores it with the same id, colour and comment', async () => {
    const { database, abstract } = await oneAbstract();
    const id = await createHighlight(abstract.id, ...rangeOf(abstract.text, 'test error'), 'pink', database);
    await setAnnotationComment(id, null, 'check the constants', database);
    const before = await database.annotations.get(id);

    const deleted = await deleteAnnotation(id, database);
    expect(await database.annotations.get(id)).toBeUndefined();
    await setAnnotationComment(id, null, 'a late autosave', database);
    expect(await database.annotations.get(id)).toBeUndefined();

    await restoreAnnotation(deleted, database);
    expect(await database.annotations.get(id)).toEqual(before);
    await expect(deleteAnnotation(id + 1, database)).rejects.toThrow(/does not exist/);
  });

  it('lists highlights in text order with the orphans last, and re-attaches an orphan to new words', async () => {
    const { database, abstract } = await oneAbstract();
    const late = await createHighlight(abstract.id, ...rangeOf(abstract.text, 'removes all of them'), 'blue', database);
    const early = await createHighlight(abstract.id, ...rangeOf(abstract.text, 'Kernel ridge regression'), 'green', database);
    const orphan = await createHighlight(abstract.id, ...rangeOf(abstract.text, 'sample size'), 'yellow', database);
    await database.annotations.update(orphan, { state: 'orphaned', confidence: null });

    expect((await queryAnnotations(abstract.id, database)).map((row) => row.id)).toEqual([early, late, orphan]);

    const [start, end] = rangeOf(abstract.text, 'interpolation thresholds');
    await reattachAnnotation(orphan, start, end, database);
    const reattached = await database.annotations.get(orphan);
    expect(reattached).toMatchObject({ state: 'anchored', confidence: 1, color: 'yellow' });
    expect(reattached?.selectors.quote.exact).toBe('interpolation thresholds');
    expect((await queryAnnotations(abstract.id, database)).map((row) => row.id)).toEqual([early, orphan, late]);
  });
});
