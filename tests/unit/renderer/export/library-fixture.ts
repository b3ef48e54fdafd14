import { createHighlight, setAnnotationComment } from '../../../../renderer/db/annotations/annotations';
import { importFiles } from '../../../../renderer/db/import/import';
import { addLink } from '../../../../renderer/db/links/links';
import { addToList, createList, orderedItems, setListItemNote } from '../../../../renderer/db/lists/lists';
import { saveNote } from '../../../../renderer/db/notes/notes';
import { createSynthesisNote, saveSynthesisNote } from '../../../../renderer/db/notes/synthesis-notes';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { addTag } from '../../../../renderer/db/tags/tags';
import { freshDatabase, handBuiltFile, type RecordSpec } from '../db/fixtures';
import { textNode } from '../../support/lexical-state';
import { noteJson } from '../notes/note-json';

export const TITLES = {
  a: 'Gradient "descent" with $x^2$ loss: a [bracketed] #study',
  b: 'تعلم الآلة العميق للنصوص العربية',
  c: 'Third study of kernels',
  d: 'Fourth study left outside views',
} as const;

export interface Library {
  database: LecternDB;
  ids: { a: number; b: number; c: number; d: number };
  listName: string;
  synthesisTitle: string;
  highlightCount: number;
}

/** A comment with a bold word and a mention, as the comment editor saves it. */
function boldCommentJson(mentionId: number): string {
  const bold = { ...(textNode('Key') as Record<string, unknown>), format: 1 };
  const state = JSON.parse(noteJson([' point, unlike ', { mention: mentionId, title: 'B' }, '.'])) as { root: { children: { children: unknown[] }[] } };
  state.root.children[0]?.children.unshift(bold);
  return JSON.stringify(state);
}

/**
 * A small library built through the app's own functions: a nested tag, highlights (one commented
 * in rich text), typed links, an abstract note and a synthesis note with mentions, a reading list
 * with item notes.
 */
export async function buildLibrary(): Promise<Library> {
  const database = freshDatabase();
  const specs: RecordSpec[] = Object.values(TITLES).map((title, index) => ({
    title,
    authors: [`Author ${index + 1}`, 'Jan van der Berg'],
    year: 2020 + index,
    text: `Abstract ${index + 1} studies $x^2$ and "quoted" words in regime ${index * 7 + 3}; we measure bound ${index * 13 + 5}.`,
  }));
  const file = await handBuiltFile('library.txt', specs);
  await importFiles([file], database);
  const rows = await database.abstracts.toArray();
  const idOf = (title: string): number => {
    const row = rows.find((candidate) => candidate.title === title);
    if (row === undefined) throw new Error(`abstract "${title}" missing`);
    return row.id;
  };
  const ids = { a: idOf(TITLES.a), b: idOf(TITLES.b), c: idOf(TITLES.c), d: idOf(TITLES.d) };

  await addTag(ids.a, 'theory/sgd', database);
  const commented = await createHighlight(ids.a, 0, 10, 'green', database);
  await setAnnotationComment(commented, boldCommentJson(ids.b), 'Key point, unlike B.', database);
  await createHighlight(ids.b, 11, 22, 'pink', database);
  await addLink({ fromId: ids.a, toId: ids.b, type: 'extends' }, database);
  await addLink({ fromId: ids.c, toId: ids.a, type: 'supports', note: 'same data' }, database);
  await addLink({ fromId: ids.a, toId: ids.d, type: 'cites' }, database);
  await saveNote(ids.a, noteJson(['Builds on ', { mention: ids.c, title: 'C' }, ' and ', { mention: ids.d, title: 'D' }, '.']), 'Builds on C and D.', database);

  const synthesisTitle = 'Review: "SGD" & friends';
  const synthesis = await createSynthesisNote(synthesisTitle, database);
  await saveSynthesisNote(synthesis.id, noteJson(['Compare ', { mention: ids.b, title: 'B' }, ' with ', { mention: ids.a, title: 'A' }, '.']), 'Compare B with A.', database);

  const listName = 'Thesis background';
  const list = await createList(listName, database);
  await addToList(list.id, [ids.b, ids.a, ids.d], undefined, database);
  const [first] = await orderedItems(list.id, database);
  if (first === undefined) throw new Error('list items expected');
  await setListItemNote(first.id, 'Read first: "why" it works', database);
  return { database, ids, listName, synthesisTitle, highlightCount: 2 };
}
