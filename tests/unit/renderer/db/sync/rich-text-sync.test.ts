import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHighlight, setAnnotationComment } from '../../../../../renderer/db/annotations/annotations';
import { saveNote } from '../../../../../renderer/db/notes/notes';
import { deliverAll, openDevice, type TestDevice } from './replica-pair';
import { libraryByUid } from './library-by-uid';
import { editorSave, editorSaveWithMention } from './rich-text-states';
import { mentionTargetsOf } from '../../../../../shared/sync/mention-targets';
import { freshDatabase } from '../fixtures';
import { seedAbstracts } from '../organize-fixtures';

async function noteOf(device: TestDevice, uid: string) {
  return device.database.notes.where('uid').equals(uid).first();
}

async function settle(...devices: TestDevice[]): Promise<void> {
  for (const device of devices) await device.replica.whenIdle();
}

describe('notes and comments merge by character', () => {
  it('keeps both devices’ offline edits of one note, each in its own paragraph', async () => {
    const a = await openDevice();
    const b = await openDevice();
    const abstractOnA = a.abstractIds[0] ?? 0;
    const first = editorSave(['Methods are sound', 'Sample is small']);
    const noteId = await saveNote(abstractOnA, first.json, first.text, a.database);
    await settle(a);
    await deliverAll(a, b);
    const uid = (await a.database.notes.get(noteId))?.uid ?? '';
    const onB = await noteOf(b, uid);
    expect(onB?.text).toBe(first.text);

    const editA = editorSave(['Methods are sound and open', 'Sample is small']);
    const editB = editorSave(['Methods are sound', 'Sample is small but varied']);
    await saveNote(abstractOnA, editA.json, editA.text, a.database);
    await saveNote(onB?.abstractId ?? 0, editB.json, editB.text, b.database);
    await settle(a, b);
    await deliverAll(a, b);
    await settle(a, b);

    const both = editorSave(['Methods are sound and open', 'Sample is small but varied']);
    for (const device of [a, b]) expect(await noteOf(device, uid)).toMatchObject({ json: both.json, text: both.text });
    expect(await libraryByUid(b.database)).toEqual(await libraryByUid(a.database));
  });

  it('keeps two edits of the same sentence of a highlight’s comment', async () => {
    const a = await openDevice();
    const b = await openDevice();
    const highlightId = await createHighlight(a.abstractIds[1] ?? 0, 0, 5, 'yellow', a.database);
    const first = editorSave(['Check the baseline']);
    await setAnnotationComment(highlightId, first.json, first.text, a.database);
    await settle(a);
    await deliverAll(a, b);
    const uid = (await a.database.annotations.get(highlightId))?.uid ?? '';
    const onB = await b.database.annotations.where('uid').equals(uid).first();
    expect(onB?.comment.text).toBe('Check the baseline');

    const editA = editorSave(['Check the baseline carefully']);
    const editB = editorSave(['Please check the baseline']);
    await setAnnotationComment(highlightId, editA.json, editA.text, a.database);
    await setAnnotationComment(onB?.id ?? 0, editB.json, editB.text, b.database);
    await settle(a, b);
    await deliverAll(a, b);
    await settle(a, b);

    for (const device of [a, b]) {
      const row = await device.database.annotations.where('uid').equals(uid).first();
      expect(row?.comment.text).toBe('Please check the baseline carefully');
    }
  });

  it('gives a plain-text note back as plain text, line breaks and all', async () => {
    const a = await openDevice();
    const b = await openDevice();
    const noteId = await saveNote(a.abstractIds[2] ?? 0, null, 'Line one\nLine two\n\nAfter a gap', a.database);
    await settle(a);
    await deliverAll(a, b);
    const uid = (await a.database.notes.get(noteId))?.uid ?? '';
    expect(await noteOf(b, uid)).toMatchObject({ json: null, text: 'Line one\nLine two\n\nAfter a gap' });
  });

  it('a mention points at the same paper on a device where that paper has another local id', async () => {
    const a = await openDevice();
    const shifted = freshDatabase();
    await seedAbstracts(shifted, 2, 'other.txt');
    const b = await openDevice(shifted);
    const [noteOn = 0, mentioned = 0] = a.abstractIds;
    const mentionedOnB = b.abstractIds[1] ?? 0;
    expect(mentionedOnB).not.toBe(mentioned);
    const saved = editorSaveWithMention('See also ', mentioned, 'Study 2');
    const noteId = await saveNote(noteOn, saved.json, saved.text, a.database);
    await settle(a);
    await deliverAll(a, b);
    const onB = await noteOf(b, (await a.database.notes.get(noteId))?.uid ?? '');
    expect(mentionTargetsOf(onB?.json ?? '{}')).toEqual([mentionedOnB]);
    expect(onB?.text).toBe(saved.text);
  });

  it('two devices that each start the note of one paper while apart end with one note holding both texts', async () => {
    const a = await openDevice();
    const b = await openDevice();
    const fromA = editorSave(['Written on the desktop']);
    const fromB = editorSave(['Written on the laptop']);
    await saveNote(a.abstractIds[3] ?? 0, fromA.json, fromA.text, a.database);
    await saveNote(b.abstractIds[3] ?? 0, fromB.json, fromB.text, b.database);
    await settle(a, b);
    await deliverAll(a, b);
    await settle(a, b);
    for (const device of [a, b]) {
      const notes = await device.database.notes.toArray();
      expect(notes).toHaveLength(1);
      expect(notes[0]?.text).toContain('Written on the desktop');
      expect(notes[0]?.text).toContain('Written on the laptop');
    }
    expect(await libraryByUid(b.database)).toEqual(await libraryByUid(a.database));
  });
});
