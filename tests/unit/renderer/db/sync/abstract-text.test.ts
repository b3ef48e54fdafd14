import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHighlight } from '../../../../../renderer/db/annotations/annotations';
import { updateAbstractText } from '../../../../../renderer/db/abstracts/display-text';
import { putAbstractRows, abstractTables } from '../../../../../renderer/db/abstracts/store';
import { getAbstract } from '../../../../../renderer/db/abstracts/records';
import { setStatus } from '../../../../../renderer/db/organize/reading-status';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { createWordTest } from '../../../../../shared/text/dictionary';
import { deliverAll, openDevice, type TestDevice } from './replica-pair';

const textOf = async (device: TestDevice, index: number): Promise<string | undefined> =>
  (await device.database.abstractTexts.get(device.abstractIds[index] ?? 0))?.text;

/** A change of the stored text that is not the user's: what an import merging a fuller text writes. */
async function importerRewritesText(database: LecternDB, id: number, text: string): Promise<void> {
  await database.transaction('rw', abstractTables(database), async () => {
    const row = await getAbstract(id, database);
    if (row === undefined) throw new Error('no abstract');
    await putAbstractRows([{ ...row, text }], database);
  });
}

describe('Edit text syncs', () => {
  it('a text edited on one device reaches the other, with its display form, identity keys and highlights placed again', async () => {
    const a = await openDevice();
    const b = await openDevice();
    const [onA = 0] = a.abstractIds;
    const original = (await textOf(a, 0)) ?? '';
    const word = original.indexOf('examines');
    const highlight = await createHighlight(onA, word, word + 'examines'.length, 'yellow', a.database);
    await a.replica.whenIdle();
    await deliverAll(a, b);

    const edited = `Revised opening sentence. ${original.replace('examines', 'examines closely')}`;
    await updateAbstractText(onA, edited, createWordTest(), a.database);
    await a.replica.whenIdle();
    await deliverAll(a, b);

    expect(await textOf(b, 0)).toBe(edited);
    const [rowOnA, rowOnB] = [await getAbstract(onA, a.database), await getAbstract(b.abstractIds[0] ?? 0, b.database)];
    expect(rowOnB?.display).toEqual(rowOnA?.display);
    expect(rowOnB?.fingerprint).toBe(rowOnA?.fingerprint);
    expect(rowOnB?.sortTitle).toBe(rowOnA?.sortTitle);
    const uid = (await a.database.annotations.get(highlight))?.uid ?? '';
    const onB = await b.database.annotations.where('uid').equals(uid).first();
    const highlightOnA = await a.database.annotations.get(highlight);
    expect(onB?.state).toBe('moved');
    expect({ selectors: onB?.selectors, state: onB?.state }).toEqual({ selectors: highlightOnA?.selectors, state: highlightOnA?.state });
    expect(edited.slice(onB?.selectors.position.start, onB?.selectors.position.end)).toBe('examines');
    expect(b.problems).toEqual([]);
  });

  it('two devices editing one text while apart end with the same text, the later edit', async () => {
    const a = await openDevice();
    const b = await openDevice();
    const original = (await textOf(a, 1)) ?? '';
    await updateAbstractText(a.abstractIds[1] ?? 0, `${original} Edited on A.`, createWordTest(), a.database);
    await a.replica.whenIdle();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateAbstractText(b.abstractIds[1] ?? 0, `${original} Edited on B.`, createWordTest(), b.database);
    await b.replica.whenIdle();
    await deliverAll(a, b);
    expect(await textOf(a, 1)).toBe(`${original} Edited on B.`);
    expect(await textOf(b, 1)).toBe(`${original} Edited on B.`);
  });

  it('a text changed by an import is not sent, and a later edit of another field does not put an old edited text back', async () => {
    const a = await openDevice();
    const b = await openDevice();
    const original = (await textOf(a, 2)) ?? '';
    await updateAbstractText(a.abstractIds[2] ?? 0, `${original} Typo fixed.`, createWordTest(), a.database);
    await a.replica.whenIdle();
    await deliverAll(a, b);

    await importerRewritesText(a.database, a.abstractIds[2] ?? 0, `${original} Typo fixed. A fuller text from an import on A.`);
    await importerRewritesText(b.database, b.abstractIds[2] ?? 0, `${original} Typo fixed. A fuller text from an import on B.`);
    await setStatus(a.abstractIds[2] ?? 0, 'read', a.database);
    await a.replica.whenIdle();
    await deliverAll(a, b);

    expect((await getAbstract(b.abstractIds[2] ?? 0, b.database))?.status).toBe('read');
    expect(await textOf(b, 2)).toBe(`${original} Typo fixed. A fuller text from an import on B.`);
  });

  it('a highlight made on the old text while another device edited it lands on the same words on both devices', async () => {
    const a = await openDevice();
    const b = await openDevice();
    const original = (await textOf(b, 3)) ?? '';
    const word = original.indexOf('measure');
    const highlight = await createHighlight(b.abstractIds[3] ?? 0, word, word + 'measure'.length, 'green', b.database);
    await b.replica.whenIdle();
    const edited = `A sentence added before the rest. ${original}`;
    await updateAbstractText(a.abstractIds[3] ?? 0, edited, createWordTest(), a.database);
    await a.replica.whenIdle();
    await deliverAll(a, b);

    const uid = (await b.database.annotations.get(highlight))?.uid ?? '';
    const [onA, onB] = [await a.database.annotations.where('uid').equals(uid).first(), await b.database.annotations.get(highlight)];
    expect(edited.slice(onA?.selectors.position.start, onA?.selectors.position.end)).toBe('measure');
    expect({ selectors: onA?.selectors, state: onA?.state, confidence: onA?.confidence }).toEqual({
      selectors: onB?.selectors,
      state: onB?.state,
      confidence: onB?.confidence,
    });
  });
});
