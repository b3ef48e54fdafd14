import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { getAbstract } from '../../../../../renderer/db/abstracts/records';
import { abstractTables, putAbstractRows } from '../../../../../renderer/db/abstracts/store';
import { createHighlight, setAnnotationComment } from '../../../../../renderer/db/annotations/annotations';
import { defaultChoices, differingFields, survivorFirst } from '../../../../../renderer/db/duplicates/merge-fields';
import { mergeDuplicates } from '../../../../../renderer/db/duplicates/merge';
import { markNotDuplicates } from '../../../../../renderer/db/duplicates/not-duplicates';
import { importFiles } from '../../../../../renderer/db/import/import';
import { addLink } from '../../../../../renderer/db/links/links';
import { extractMentions } from '../../../../../renderer/db/links/mention-extract';
import { addToList, createList, setListItemNote } from '../../../../../renderer/db/lists/lists';
import { checkLibrary } from '../../../../../renderer/db/maintenance/check';
import { saveNote } from '../../../../../renderer/db/notes/notes';
import { createSynthesisNote, saveSynthesisNote } from '../../../../../renderer/db/notes/synthesis-notes';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import type { AbstractRow } from '../../../../../renderer/db/schema/row-types';
import { watchChanges } from '../../../../../renderer/db/search/change-feed';
import { addTag } from '../../../../../renderer/db/tags/tags';
import { paragraphsJson, textNode } from '../../../support/lexical-state';
import { freshDatabase, handBuiltFile } from '../fixtures';
import { everyRow } from '../maintenance/maintenance-fixtures';
import { GRADIENT_ABSTRACT, KERNEL_ABSTRACT, SPECTRAL_ABSTRACT } from '../samples';

/** The journal version's text: the preprint's, with its first sentence reworded. */
const JOURNAL_TEXT = GRADIENT_ABSTRACT.replace('We study gradient descent', 'We analyse plain gradient descent');

function mention(targetId: number, title: string): object {
  return { type: 'mention', version: 1, targetId, title };
}

/** Note JSON of one paragraph: text, then a mention of each target. */
function noteJson(text: string, ...targets: [number, string][]): string {
  return paragraphsJson([[textNode(text), ...targets.map(([id, title]) => mention(id, title))]]);
}

async function setFields(database: LecternDB, id: number, fields: Partial<AbstractRow>): Promise<void> {
  await database.transaction('rw', abstractTables(database), async () => {
    const row = await getAbstract(id, database);
    if (row === undefined) throw new Error(`no abstract ${id}`);
    await putAbstractRows([{ ...row, ...fields }], database);
  });
}

/**
 * A library in which the loser is reached from every table: the preprint (survivor, imported first)
 * and its journal version (loser), with two other papers, X and Y, around them.
 */
async function libraryWithDuplicates() {
  const database = freshDatabase();
  await importFiles([await handBuiltFile('preprint.txt', [{ text: GRADIENT_ABSTRACT, title: 'Gradient descent stays near a low-rank manifold', authors: ['Ana Silva'], year: 2019 }])], database);
  await importFiles(
    [
      await handBuiltFile('journal.txt', [
        { text: JOURNAL_TEXT, title: 'Gradient Descent Stays Near a Low-Rank Manifold', authors: ['Ana Silva', 'Jo Lee'], year: 2021 },
        { text: SPECTRAL_ABSTRACT, title: 'Spectral detection in sparse graphs' },
        { text: KERNEL_ABSTRACT, title: 'Multiple descent in kernel regression' },
      ]),
    ],
    database,
  );
  const [survivor, loser, x, y] = (await database.abstracts.orderBy(':id').primaryKeys()) as [number, number, number, number];
  await setFields(database, survivor, { arxiv: '1901.00001', keywords: ['gradient descent'], fields: { note: 'preprint' }, status: 'read' });
  await setFields(database, loser, { doi: '10.1000/journal', venue: 'Journal of Learning', keywords: ['low rank', 'gradient descent'], fields: { volume: '12', note: 'journal' }, starred: 1 });

  const { tag: shared } = await addTag(survivor, 'theory', database);
  await addTag(loser, 'theory', database);
  const { tag: loserOnly } = await addTag(loser, 'to-cite', database);
  const { id: both } = await createList('Both', database);
  await addToList(both, [survivor, loser, x], undefined, database);
  const items = await database.listItems.toArray();
  const itemOf = (abstractId: number) => items.find((item) => item.abstractId === abstractId && item.listId === both)?.id ?? -1;
  await setListItemNote(itemOf(survivor), 'read first', database);
  await setListItemNote(itemOf(loser), 'cite this one', database);
  const { id: loserList } = await createList('Loser only', database);
  await addToList(loserList, [loser], undefined, database);

  // The loser's highlight stands on words its text shares with the survivor's; its comment mentions X.
  const start = JOURNAL_TEXT.indexOf('with a small');
  const loserHighlight = await createHighlight(loser, start, start + 'with a small initialization'.length, 'yellow', database);
  await setAnnotationComment(loserHighlight, noteJson('see ', [x, 'Spectral']), 'see Spectral', database);
  const survivorHighlight = await createHighlight(survivor, 0, 8, 'green', database);
  const yHighlight = await createHighlight(y, 0, 6, 'blue', database);
  await setAnnotationComment(yHighlight, noteJson('compare ', [loser, 'Journal']), 'compare Journal', database);

  await saveNote(survivor, noteJson('Same as ', [loser, 'Journal']), 'Same as Journal', database);
  await saveNote(loser, noteJson('Builds on ', [x, 'Spectral']), 'Builds on Spectral', database);
  await saveNote(x, noteJson('Cited by ', [loser, 'Journal']), 'Cited by Journal', database);
  const { id: synthesis } = await createSynthesisNote('Review', database);
  await saveSynthesisNote(synthesis, noteJson('Both versions: ', [survivor, 'Preprint'], [loser, 'Journal']), 'Both versions', database);

  await addLink({ fromId: survivor, toId: loser, type: 'related' }, database);
  await addLink({ fromId: loser, toId: x, type: 'extends', note: 'journal version' }, database);
  await addLink({ fromId: survivor, toId: x, type: 'extends', note: 'preprint' }, database);
  await addLink({ fromId: y, toId: loser, type: 'supports' }, database);

  await markNotDuplicates(loser, x, database);
  await markNotDuplicates(survivor, y, database);
  await markNotDuplicates(loser, y, database);
  return { database, survivor, loser, x, y, shared: shared.id, loserOnly: loserOnly.id, both, loserList, loserHighlight, survivorHighlight, synthesis };
}

describe('mergeDuplicates', () => {
  it('proposes the older record as survivor and the fuller values', async () => {
    const { database, survivor, loser } = await libraryWithDuplicates();
    const [first, second] = survivorFirst((await getAbstract(loser, database))!, (await getAbstract(survivor, database))!);
    expect([first.id, second.id]).toEqual([survivor, loser]);
    expect(differingFields(first, second)).toEqual(['title', 'authors', 'year', 'text', 'doi', 'arxiv', 'venue', 'citationKey', 'status', 'starred']);
    expect(defaultChoices(first, second)).toMatchObject({ authors: 'loser', year: 'survivor', text: 'loser', doi: 'loser', arxiv: 'survivor', venue: 'loser', status: 'survivor', starred: 'loser' });
  });

  it('moves everything of the loser to the survivor in one step, and undo puts the library back table by table', async () => {
    const library = await libraryWithDuplicates();
    const { database, survivor, loser, x, y } = library;
    const before = await everyRow(database);
    const [first, second] = [(await getAbstract(survivor, database))!, (await getAbstract(loser, database))!];
    const choices = { ...defaultChoices(first, second), title: 'loser' as const, text: 'survivor' as const };

    const loserKey = (await getAbstract(loser, database))?.citationKey;
    const change = await mergeDuplicates(survivor, loser, choices, database);
    const after = await everyRow(database);

    // The survivor: chosen values, both records' sources, keywords and other fields; the loser is gone.
    const merged = await getAbstract(survivor, database);
    expect(await getAbstract(loser, database)).toBeUndefined();
    expect(await database.abstractKeys.get(loser)).toBeUndefined();
    expect(await database.abstractTexts.get(loser)).toBeUndefined();
    expect(merged).toMatchObject({
      title: 'Gradient Descent Stays Near a Low-Rank Manifold',
      authors: ['Ana Silva', 'Jo Lee'],
      year: 2019,
      text: GRADIENT_ABSTRACT,
      doi: '10.1000/journal',
      arxiv: '1901.00001',
      venue: 'Journal of Learning',
      status: 'read',
      starred: 1,
      keywords: ['gradient descent', 'low rank'],
      // Each kept its own key; the survivor's stays, the loser's becomes its alias.
      citationKey: first.citationKey,
      fields: { volume: '12', note: 'preprint', ids: loserKey },
      titleKey: 'gradient descent stays near a low rank manifold|2019|silva',
    });
    expect(merged?.sources).toHaveLength(2);
    expect(merged?.captureHashes).toHaveLength(2);
    expect((await database.abstractKeys.get(survivor))?.doi).toBe('10.1000/journal');

    // Tags: one of each, on the survivor.
    const tags = await database.abstractTags.toArray();
    expect(tags.filter((row) => row.abstractId === survivor).map((row) => row.tagId).sort()).toEqual([library.shared, library.loserOnly].sort());
    expect(tags.some((row) => row.abstractId === loser)).toBe(false);

    // Lists: one entry on the list that held both, with both notes; the loser's own list now holds the survivor.
    const items = await database.listItems.toArray();
    expect(items.filter((item) => item.listId === library.both).map((item) => [item.abstractId, item.note])).toEqual([
      [survivor, 'read first; cite this one'],
      [x, ''],
    ]);
    expect(items.filter((item) => item.listId === library.loserList).map((item) => item.abstractId)).toEqual([survivor]);

    // Highlights and comments: the loser's now the survivor's, moved to where its words stand in the surviving text.
    const highlight = await database.annotations.get(library.loserHighlight);
    expect(highlight).toMatchObject({ abstractId: survivor, state: 'moved' });
    const at = highlight?.selectors.position.start ?? -1;
    expect(GRADIENT_ABSTRACT.slice(at, at + 'with a small initialization'.length)).toBe('with a small initialization');

    // Notes: the loser's note appended to the survivor's; every mention of the loser names the survivor.
    const notes = await database.notes.toArray();
    expect(notes.filter((note) => note.abstractId === loser)).toEqual([]);
    const survivorNote = notes.find((note) => note.abstractId === survivor);
    expect(survivorNote?.text).toBe('Same as Journal\n\nBuilds on Spectral');
    expect(extractMentions(survivorNote?.json ?? null).map((found) => found.toId)).toEqual([survivor, x]);
    for (const note of notes) expect(note.json ?? '').not.toContain(`"targetId":${loser}`);
    for (const annotation of await database.annotations.toArray()) expect(annotation.comment.json ?? '').not.toContain(`"targetId":${loser}`);

    // Links: none to or from the loser, none from the survivor to itself, the repeated "extends" once with both notes.
    const links = await database.links.toArray();
    expect(links.filter((link) => link.fromId === loser || link.toId === loser)).toEqual([]);
    expect(links.filter((link) => link.fromId === survivor && link.toId === survivor)).toEqual([]);
    expect(links.filter((link) => link.type === 'extends').map((link) => [link.fromId, link.toId, link.note])).toEqual([[survivor, x, 'preprint; journal version']]);
    expect(links.filter((link) => link.type === 'supports').map((link) => [link.fromId, link.toId])).toEqual([[y, survivor]]);
    const mentionTargets = links.filter((link) => link.origin === 'note').map((link) => `${link.fromId}>${link.toId}`);
    expect(mentionTargets).toEqual(expect.arrayContaining([`${survivor}>${x}`, `${x}>${survivor}`, `${y}>${survivor}`, `null>${survivor}`]));

    // Not duplicates: the loser's decisions are the survivor's now, each once.
    expect((await database.distinctPairs.toArray()).map((pair) => [pair.low, pair.high])).toEqual([
      [survivor, x],
      [survivor, y],
    ]);
    // Nothing is left pointing at a missing abstract (the search index is the worker's, absent here).
    expect(Object.values((await checkLibrary(database)).orphans).every((count) => count === 0)).toBe(true);

    await change.undo();
    expect(await everyRow(database)).toEqual(before);
    await change.redo();
    expect(await everyRow(database)).toEqual(after);
  });

  it('moves the loser note whole when the survivor has none, and re-anchors the survivor highlights on the loser text', async () => {
    const { database, survivor, loser, survivorHighlight } = await libraryWithDuplicates();
    await database.notes.where('abstractId').equals(survivor).delete();
    const first = (await getAbstract(survivor, database))!;
    const second = (await getAbstract(loser, database))!;
    await mergeDuplicates(survivor, loser, { ...defaultChoices(first, second), text: 'loser' }, database);

    expect((await database.notes.where('abstractId').equals(survivor).toArray()).map((note) => note.text)).toEqual(['Builds on Spectral']);
    expect((await getAbstract(survivor, database))?.text).toBe(JOURNAL_TEXT);
    // "We study" is no longer in the text: the survivor's own highlight is orphaned, its quote kept.
    expect(await database.annotations.get(survivorHighlight)).toMatchObject({ state: 'orphaned', selectors: { quote: { exact: 'We study' } } });
  });

  it('tells the search index what changed: the survivor to index again, the loser to drop', async () => {
    const { database, survivor, loser } = await libraryWithDuplicates();
    const named = new Set<number>();
    const stop = watchChanges((affected) => affected.ids.forEach((id) => named.add(id)), database);
    const [first, second] = [(await getAbstract(survivor, database))!, (await getAbstract(loser, database))!];
    await mergeDuplicates(survivor, loser, defaultChoices(first, second), database);
    await vi.waitFor(() => expect([...named]).toEqual(expect.arrayContaining([survivor, loser])));
    stop();
  });

  it('refuses to merge a record with itself or with one that is gone, and changes nothing', async () => {
    const { database, survivor } = await libraryWithDuplicates();
    const before = await everyRow(database);
    const row = (await getAbstract(survivor, database))!;
    await expect(mergeDuplicates(survivor, survivor, defaultChoices(row, row), database)).rejects.toThrow(/itself/);
    await expect(mergeDuplicates(survivor, 9_999, defaultChoices(row, row), database)).rejects.toThrow(/no longer in the library/);
    expect(await everyRow(database)).toEqual(before);
  });
});
