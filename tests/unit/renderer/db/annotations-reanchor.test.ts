import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../../shared/identity';
import { sha256Hex } from '../../../../shared/import/hash';
import { buildImportedFile } from '../../../../shared/import/read-file';
import type { ImportedFile } from '../../../../shared/import/types';
import { createWordTest } from '../../../../shared/text/dictionary';
import { updateAbstractText } from '../../../../renderer/db/abstracts/display-text';
import { createHighlight, queryAnnotations, setAnnotationComment } from '../../../../renderer/db/annotations/annotations';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { exportAbstractJsonLd } from '../../../../renderer/db/annotations/export';
import { importFiles } from '../../../../renderer/db/import/import';
import { saveNote } from '../../../../renderer/db/notes/notes';
import type { AbstractRow } from '../../../../renderer/db/schema/row-types';
import { freshDatabase } from './fixtures';
import { GRADIENT_ABSTRACT, KERNEL_ABSTRACT, portalSnippet } from './samples';
import { allAbstracts, getAbstract } from '../../../../renderer/db/abstracts/records';

const isWord = createWordTest();

async function capture(fileName: string, text: string): Promise<ImportedFile> {
  const bytes = new TextEncoder().encode(text);
  return buildImportedFile(fileName, bytes, await sha256Hex(bytes), isWord);
}

/** The portal's copy of GRADIENT_ABSTRACT has a word split by a stray space, which shifts everything after it. */
const SPLIT_GRADIENT = GRADIENT_ABSTRACT.replace('overparameterized', 'overparameter ized');

/** A portal page (English interface) whose "Read also" block holds the 250-character snippet of SPLIT_GRADIENT. */
const SNIPPET_PAGE = [
  'Multiple Descent in Kernel Regression', '', '58   0   0.0 ( 0 )', ' Posted by Olga Petrova', ' Publication date 2020',
  '  Research field Computer Science', 'The paper is in English', '', 'Abstract in English', KERNEL_ABSTRACT, 'Download', '',
  'Rate the paper', '', 'Read also', '', portalSnippet(SPLIT_GRADIENT), '77 - Kenji Tanaka , Olga Petrova 2021', '',
  'Suggested questions', '', 'Comments', '',
].join('\n');

/** The full page of the same paper. */
const FULL_PAGE = [
  'Escaping the Low-Rank Manifold', '', '12   0   0.0 ( 0 )', ' Posted by Kenji Tanaka', ' Publication date 2021',
  '  Research field Computer Science', 'The paper is in English', '', 'Abstract in English', GRADIENT_ABSTRACT, 'Download', '',
  'Rate the paper', '',
].join('\n');

function rangeOf(text: string, words: string): [number, number] {
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in the text`);
  return [start, start + words.length];
}

async function snippetAbstract(database: LecternDB): Promise<AbstractRow> {
  const page = await capture('snippet-page.txt', SNIPPET_PAGE);
  expect(page.parsed.records.map((record) => record.truncated)).toEqual([false, true]);
  await importFiles([page], database);
  const snippet = (await allAbstracts(database)).find((row) => row.truncated);
  if (snippet === undefined) throw new Error('the snippet page stored no truncated abstract');
  return snippet;
}

describe('re-anchoring when an abstract’s text changes', () => {
  it('keeps highlights on the same words when the full text of a highlighted snippet is imported', async () => {
    const database = freshDatabase();
    const snippet = await snippetAbstract(database);
    const inside = await createHighlight(snippet.id, ...rangeOf(snippet.text, 'low-rank manifold'), 'yellow', database);
    // The snippet's last words: their suffix was cut by the portal and grows with the full text.
    const cutWords = snippet.text.slice(-30);
    const atCut = await createHighlight(snippet.id, snippet.text.length - 30, snippet.text.length, 'green', database);
    await setAnnotationComment(inside, null, 'main claim', database);

    const summary = await importFiles([await capture('full-page.txt', FULL_PAGE)], database);

    expect(summary).toMatchObject({ added: 0, merged: 1 });
    const merged = await getAbstract(snippet.id, database);
    expect(merged?.text).toBe(GRADIENT_ABSTRACT);
    const rows = await queryAnnotations(snippet.id, database);
    expect(rows.map((row) => [row.id, row.state])).toEqual([
      [inside, 'moved'],
      [atCut, 'moved'],
    ]);
    for (const row of rows) {
      const { start, end } = row.selectors.position;
      expect(start).toBe(GRADIENT_ABSTRACT.indexOf(row.selectors.quote.exact));
      expect(GRADIENT_ABSTRACT.slice(start, end)).toBe(row.selectors.quote.exact);
    }
    expect(rows.map((row) => row.selectors.quote.exact)).toEqual(['low-rank manifold', cutWords]);
    const cut = rows.find((row) => row.id === atCut);
    expect(cut?.selectors.quote.suffix).toBe(GRADIENT_ABSTRACT.slice(cut?.selectors.position.end).slice(0, 32));
    expect(rows.find((row) => row.id === inside)?.comment.text).toBe('main claim');
  });

  it('orphans a highlight whose words an edit removes, keeping its quote, and moves the others with their words', async () => {
    const database = freshDatabase();
    await importFiles([await capture('full-page.txt', FULL_PAGE)], database);
    const [abstract] = await allAbstracts(database);
    if (abstract === undefined) throw new Error('no abstract stored');
    const removed = 'Our analysis explains why early stopping behaves like an implicit regulariser';
    const lost = await createHighlight(abstract.id, ...rangeOf(abstract.text, removed), 'pink', database);
    const kept = await createHighlight(abstract.id, ...rangeOf(abstract.text, 'sparse combinations of the input directions'), 'blue', database);

    const edited = abstract.text.replace(`${removed} and predicts`, 'We predict');
    await updateAbstractText(abstract.id, edited, isWord, database);

    const saved = await getAbstract(abstract.id, database);
    expect(saved?.text).toBe(edited);
    expect(saved?.display.text).toBe(edited);
    expect(saved?.fingerprint).toBe(fingerprint(edited));
    expect(saved?.updatedAt).toBeGreaterThan(abstract.updatedAt);
    const rows = await queryAnnotations(abstract.id, database);
    expect(rows.map((row) => [row.id, row.state])).toEqual([
      [kept, 'moved'],
      [lost, 'orphaned'],
    ]);
    expect(rows[1]?.selectors.quote.exact).toBe(removed);
    expect(rows[1]?.confidence).toBeNull();
    const moved = rows[0]?.selectors.position;
    expect(edited.slice(moved?.start, moved?.end)).toBe('sparse combinations of the input directions');
  });

  it('follows a highlight across a split word the user fixes, and re-derives the display form', async () => {
    const database = freshDatabase();
    const stored = KERNEL_ABSTRACT.replace('characterisation', 'characteris ation');
    await importFiles([await capture('page.txt', ['Kernels', '', '1   0   0.0 ( 0 )', 'Abstract in English', stored, 'Download', ''].join('\n'))], database);
    const [abstract] = await allAbstracts(database);
    if (abstract === undefined) throw new Error('no abstract stored');
    expect(abstract.text).toBe(stored);
    const id = await createHighlight(abstract.id, ...rangeOf(stored, 'a precise asymptotic characteris ation of the test'), 'yellow', database);

    await updateAbstractText(abstract.id, KERNEL_ABSTRACT, isWord, database);

    const row = await database.annotations.get(id);
    expect(row?.state).toBe('moved');
    expect(KERNEL_ABSTRACT.slice(row?.selectors.position.start, row?.selectors.position.end)).toBe(
      'a precise asymptotic characterisation of the test',
    );
    expect(row?.confidence).toBeGreaterThan(0.9);
  });

  it('exports an abstract’s highlights, orphans included, and its note as JSON-LD', async () => {
    const database = freshDatabase();
    await importFiles([await capture('full-page.txt', FULL_PAGE)], database);
    const [abstract] = await allAbstracts(database);
    if (abstract === undefined) throw new Error('no abstract stored');
    await createHighlight(abstract.id, ...rangeOf(abstract.text, 'early stopping'), 'green', database);
    await saveNote(abstract.id, null, 'Read with the kernel paper.', database);

    const json = JSON.parse(await exportAbstractJsonLd(abstract.id, database)) as {
      type: string;
      label: string;
      first: { items: { motivation: string; target: unknown }[] };
    };

    expect(json.type).toBe('AnnotationCollection');
    expect(json.label).toContain('Escaping the Low-Rank Manifold');
    expect(json.first.items.map((item) => item.motivation)).toEqual(['highlighting', 'commenting']);
    expect(json.first.items[1]?.target).toBe(`urn:lectern:abstract:${abstract.id}`);
  });
});
