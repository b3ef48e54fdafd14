import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromWebAnnotation } from '../../../../shared/anchoring/web-annotation';
import { annotationsCsv, ANNOTATION_CSV_COLUMNS } from '../../../../shared/export/annotations/csv';
import { annotationsJsonLd } from '../../../../shared/export/annotations/json-ld';
import { annotationsMarkdown } from '../../../../shared/export/annotations/markdown';
import type { LibraryExportInput } from '../../../../shared/export/vault/types';
import { annotationsExportFile } from '../../../../renderer/db/export/library-files';
import { gatherLibraryExport } from '../../../../renderer/db/export/vault-input';
import { buildLibrary, TITLES, type Library } from './library-fixture';

let library: Library;
let input: LibraryExportInput;

beforeAll(async () => {
  library = await buildLibrary();
  input = await gatherLibraryExport(Object.values(library.ids), 'library', library.database);
});

describe('annotations of the whole library', () => {
  it('writes a CSV that parses with one row per highlight and the promised columns', () => {
    const parsed = Papa.parse<Record<string, string>>(annotationsCsv(input), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...ANNOTATION_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(library.highlightCount);
    const [first, second] = parsed.data;
    expect(first).toMatchObject({ title: TITLES.a, colour: 'green', quote: 'Abstract 1', comment: 'Key point, unlike B.' });
    expect(second).toMatchObject({ title: TITLES.b, colour: 'pink', comment: '' });
    expect(Number.isNaN(Date.parse(first?.created ?? ''))).toBe(false);
    expect(Number.isNaN(Date.parse(first?.modified ?? ''))).toBe(false);
  });

  it('writes Markdown grouped by abstract, the comment keeping its formatting and mentions showing current titles', () => {
    const markdown = annotationsMarkdown(input);
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Gradient "descent" with $x^2$ loss: a \\[bracketed\\] \\#study', `## ${TITLES.b}`]);
    expect(markdown).toContain(`**Key** point, unlike ${TITLES.b}.`);
    expect(markdown).toContain('> Abstract 1\n>\n> — *green*');
    expect(markdown).toContain(`### Note\n\nBuilds on ${TITLES.c} and ${TITLES.d}.`);
  });

  it('writes one JSON-LD AnnotationCollection with anchoring state and HTML second bodies that read back', () => {
    const collection = annotationsJsonLd(input);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    const { items } = collection.first;
    expect(collection.total).toBe(items.length);
    expect(items.filter((item) => item.motivation === 'highlighting')).toHaveLength(library.highlightCount);
    const commented = items.find((item) => Array.isArray(item.body) && item.motivation === 'highlighting');
    if (commented === undefined || !Array.isArray(commented.body)) throw new Error('a highlight with two bodies expected');
    expect(commented.body[1]).toMatchObject({ format: 'text/html', value: expect.stringContaining('<strong>Key</strong>') as unknown });
    expect(commented.body[1].value).toContain(TITLES.b);
    expect(commented['lectern:anchorState']).toBe('anchored');
    const read = fromWebAnnotation(JSON.stringify(commented));
    expect(read).toMatchObject({ kind: 'highlight', color: 'green', commentText: 'Key point, unlike B.' });
  });

  it('keeps an orphaned highlight as orphaned', () => {
    const [first] = input.highlights;
    if (first === undefined) throw new Error('highlights expected');
    const orphaned = { ...input, highlights: [{ ...first, state: 'orphaned' as const, confidence: null }] };
    const [item] = annotationsJsonLd(orphaned).first.items;
    expect(item?.['lectern:anchorState']).toBe('orphaned');
    expect(annotationsMarkdown(orphaned)).toContain('*green, no longer found in the text*');
  });

  it('exports a view: only its abstracts\' highlights, as a named file', async () => {
    const file = await annotationsExportFile([library.ids.b], 'view', 'csv', 'view-annotations', library.database);
    expect(file).toMatchObject({ name: 'view-annotations.csv', mime: 'text/csv' });
    const parsed = Papa.parse<Record<string, string>>(String(file.content), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((row) => row.title)).toEqual([TITLES.b]);
  });
});
