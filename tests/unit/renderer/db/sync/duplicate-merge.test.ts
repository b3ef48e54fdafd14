import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHighlight } from '../../../../../renderer/db/annotations/annotations';
import { bulkGetAbstracts } from '../../../../../renderer/db/abstracts/records';
import { mergeDuplicates } from '../../../../../renderer/db/duplicates/merge';
import { defaultChoices } from '../../../../../renderer/db/duplicates/merge-fields';
import { saveNote } from '../../../../../renderer/db/notes/notes';
import { bulkAddTag } from '../../../../../renderer/db/tags/tags';
import { deliverAll, openDevice, receive, type TestDevice } from './replica-pair';
import { libraryByUid } from './library-by-uid';
import type { Reversible } from '../../../../../renderer/db/undo/reversible';

/** Merges the seed abstract at `loser` into the one at `survivor` on `device`, the loser's text chosen, as the dialog would. */
async function mergeSeeds(device: TestDevice, survivor: number, loser: number): Promise<Reversible> {
  const [survivorId = 0, loserId = 0] = [device.abstractIds[survivor], device.abstractIds[loser]];
  const [first, second] = await bulkGetAbstracts([survivorId, loserId], device.database);
  if (first === undefined || second === undefined) throw new Error('seed missing');
  const change = await mergeDuplicates(survivorId, loserId, { ...defaultChoices(first, second), text: 'loser', title: 'loser' }, device.database);
  await device.replica.whenIdle();
  return change;
}

describe('A duplicate merge syncs', () => {
  it('the other device merges too: one record, with the merging device’s choices, everything of both on it, and what it made offline on the merged-away record kept', async () => {
    const a = await openDevice();
    const b = await openDevice();
    const [, loserOnA = 0] = a.abstractIds;
    const [, loserOnB = 0] = b.abstractIds;
    await createHighlight(loserOnA, 0, 5, 'yellow', a.database);
    await bulkAddTag([loserOnA], 'methods', a.database);
    await a.replica.whenIdle();
    await deliverAll(a, b);

    // B, offline, highlights the record A is about to merge away; A merges it.
    const offline = await createHighlight(loserOnB, 6, 12, 'pink', b.database);
    const offlineUid = (await b.database.annotations.get(offline))?.uid ?? '';
    await b.replica.whenIdle();
    const loserUid = (await a.database.abstracts.get(loserOnA))?.uid ?? '';
    await mergeSeeds(a, 0, 1);
    await deliverAll(a, b);

    for (const device of [a, b]) {
      expect(await device.database.abstractKeys.where('uid').equals(loserUid).count()).toBe(0);
      expect(await device.database.abstracts.count()).toBe(3);
    }
    const [libraryA, libraryB] = [await libraryByUid(a.database), await libraryByUid(b.database)];
    expect(libraryB).toEqual(libraryA);
    const survivorUid = (await a.database.abstracts.get(a.abstractIds[0] ?? 0))?.uid ?? '';
    expect(libraryA.abstracts[survivorUid]?.title).toBe('Study 2 of spectral clustering');
    expect(libraryA.annotations[offlineUid]?.abstract).toBe(survivorUid);
    expect(Object.values(libraryA.annotations).map((row) => row.abstract)).toEqual([survivorUid, survivorUid]);
    expect(libraryA.tagged).toEqual([expect.stringMatching(new RegExp(`^${survivorUid}\\.`))]);
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  it.each(['as sent', 'in reverse'])('the merged-away record’s note joins the survivor’s once on both devices, its updates delivered %s', async (order) => {
    const a = await openDevice();
    const b = await openDevice();
    await saveNote(a.abstractIds[2] ?? 0, null, 'Survivor thoughts.', a.database);
    await saveNote(a.abstractIds[3] ?? 0, null, 'Loser thoughts.', a.database);
    await a.replica.whenIdle();
    await deliverAll(a, b);

    await mergeSeeds(a, 2, 3);
    const sent = a.outbox.splice(0);
    await receive(b, order === 'as sent' ? sent : sent.reverse());
    await deliverAll(a, b);

    const notesOf = async (device: TestDevice) => (await device.database.notes.toArray()).map((row) => row.text);
    const [onA, onB] = [await notesOf(a), await notesOf(b)];
    expect(onA).toHaveLength(1);
    expect(onB).toEqual(onA);
    expect(onA[0]?.match(/Loser thoughts/g)).toHaveLength(1);
    expect(onA[0]).toContain('Survivor thoughts.');
  });

  it('undoing the merge brings the record back on both devices with what was on it, and redoing it merges both again', async () => {
    const a = await openDevice();
    const b = await openDevice();
    await createHighlight(a.abstractIds[1] ?? 0, 0, 5, 'yellow', a.database);
    await bulkAddTag([a.abstractIds[1] ?? 0], 'methods', a.database);
    await saveNote(a.abstractIds[1] ?? 0, null, 'On the second record.', a.database);
    await a.replica.whenIdle();
    await deliverAll(a, b);
    const beforeMerge = await libraryByUid(a.database);

    const change = await mergeSeeds(a, 0, 1);
    await deliverAll(a, b);
    expect(await b.database.abstracts.count()).toBe(3);

    await change.undo();
    await a.replica.whenIdle();
    await deliverAll(a, b);
    expect(await libraryByUid(a.database)).toEqual(beforeMerge);
    expect(await libraryByUid(b.database)).toEqual(beforeMerge);

    await change.redo();
    await a.replica.whenIdle();
    await deliverAll(a, b);
    expect(await b.database.abstracts.count()).toBe(3);
    expect(await libraryByUid(b.database)).toEqual(await libraryByUid(a.database));
    expect([...a.problems, ...b.problems]).toEqual([]);
  });
});
