import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRow } from '../../../../shared/backup/row-check';
import { backupTablesAt, LATEST_BACKUP_SCHEMA } from '../../../../shared/backup/tables';
import { arbitraryLibrary } from '../../support/library-arbitrary';

type Row = Record<string, unknown>;

function rowsOf(library: Record<string, unknown[]>, table: string): Row[] {
  return (library[table] ?? []) as Row[];
}

function idsOf(library: Record<string, unknown[]>, table: string, key = 'id'): Set<unknown> {
  return new Set(rowsOf(library, table).map((row) => row[key]));
}

/** The abstracts a saved Lexical state mentions. */
function mentionedIn(json: unknown): number[] {
  if (typeof json !== 'string') return [];
  const found: number[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const { type, targetId, children } = node as { type?: unknown; targetId?: unknown; children?: unknown };
    if (type === 'mention' && typeof targetId === 'number') found.push(targetId);
    if (Array.isArray(children)) children.forEach(visit);
  };
  visit((JSON.parse(json) as { root: unknown }).root);
  return found;
}

/** Every reference a row makes that points at nothing, as `table.field = value`. */
function danglingReferences(library: Record<string, unknown[]>): string[] {
  const abstracts = idsOf(library, 'abstracts');
  const dangling: string[] = [];
  const expect = (table: string, field: string, value: unknown, among: Set<unknown>) => {
    if (!among.has(value)) dangling.push(`${table}.${field} = ${JSON.stringify(value)}`);
  };
  const captures = idsOf(library, 'captures', 'hash');
  const tags = idsOf(library, 'tags');
  const tagPaths = idsOf(library, 'tags', 'path');
  const notes = idsOf(library, 'notes');
  const annotations = idsOf(library, 'annotations');
  const builtIn = ['related', 'supports', 'contradicts', 'extends', 'same-paper', 'uses-data-of', 'cites', 'same-page', 'mention'];
  const linkTypes = new Set([...builtIn, ...idsOf(library, 'linkTypes')]);
  for (const row of rowsOf(library, 'captureTexts')) expect('captureTexts', 'hash', row.hash, captures);
  for (const row of rowsOf(library, 'abstracts')) {
    for (const source of row.sources as Row[]) expect('abstracts', 'sources.captureHash', source.captureHash, captures);
  }
  expect('abstractKeys', 'ids', JSON.stringify([...idsOf(library, 'abstractKeys')]), new Set([JSON.stringify([...abstracts])]));
  expect('abstractTexts', 'ids', JSON.stringify([...idsOf(library, 'abstractTexts')]), new Set([JSON.stringify([...abstracts])]));
  for (const row of rowsOf(library, 'annotations')) expect('annotations', 'abstractId', row.abstractId, abstracts);
  for (const row of rowsOf(library, 'notes')) if (row.abstractId !== null) expect('notes', 'abstractId', row.abstractId, abstracts);
  for (const row of rowsOf(library, 'tags')) {
    const path = String(row.path);
    if (path.includes('/')) expect('tags', 'parent path', path.slice(0, path.lastIndexOf('/')), tagPaths);
  }
  for (const row of rowsOf(library, 'abstractTags')) {
    expect('abstractTags', 'abstractId', row.abstractId, abstracts);
    expect('abstractTags', 'tagId', row.tagId, tags);
  }
  for (const row of rowsOf(library, 'listItems')) {
    expect('listItems', 'abstractId', row.abstractId, abstracts);
    expect('listItems', 'listId', row.listId, idsOf(library, 'lists'));
  }
  const reviews = idsOf(library, 'reviews');
  const records = new Set(rowsOf(library, 'reviewRecords').map((row) => `${String(row.reviewId)}:${String(row.abstractId)}`));
  for (const row of rowsOf(library, 'reviewRecords')) {
    expect('reviewRecords', 'abstractId', row.abstractId, abstracts);
    expect('reviewRecords', 'reviewId', row.reviewId, reviews);
  }
  for (const row of rowsOf(library, 'decisions')) expect('decisions', 'record', `${String(row.reviewId)}:${String(row.abstractId)}`, records);
  for (const row of rowsOf(library, 'links')) {
    if (row.fromId !== null) expect('links', 'fromId', row.fromId, abstracts);
    expect('links', 'toId', row.toId, abstracts);
    expect('links', 'type', row.type, linkTypes);
    if (row.noteId !== null) expect('links', 'noteId', row.noteId, notes);
    if (row.annotationId !== null) expect('links', 'annotationId', row.annotationId, annotations);
  }
  return dangling;
}

/** Whether each note's and comment's mention links are exactly the abstracts it mentions (but its own). */
function mentionLinksMatch(library: Record<string, unknown[]>): boolean {
  const links = rowsOf(library, 'links').filter((link) => link.origin === 'note');
  const scopes = [
    ...rowsOf(library, 'annotations').map((row) => ({ owner: row.abstractId, json: (row.comment as Row).json, of: (link: Row) => link.annotationId === row.id })),
    ...rowsOf(library, 'notes').map((row) => ({ owner: row.abstractId, json: row.json, of: (link: Row) => link.noteId === row.id })),
  ];
  const sorted = (values: unknown[]) => values.map(Number).sort((a, b) => a - b);
  const accounted = scopes.every(({ owner, json, of }) => {
    const wanted = sorted([...new Set(mentionedIn(json))].filter((id) => id !== owner));
    return JSON.stringify(sorted(links.filter(of).map((link) => link.toId))) === JSON.stringify(wanted);
  });
  return accounted && links.every((link) => scopes.some(({ of }) => of(link)));
}

describe('arbitraryLibrary', () => {
  it('generates only rows the latest schema stores, in exactly the tables a backup holds, every reference kept', () => {
    fc.assert(
      fc.property(arbitraryLibrary(), (library) => {
        expect(Object.keys(library).sort()).toEqual([...backupTablesAt(LATEST_BACKUP_SCHEMA)].sort());
        for (const [table, rows] of Object.entries(library)) {
          expect(rows.length, table).toBeLessThanOrEqual(8);
          for (const row of rows) expect(checkRow(table, LATEST_BACKUP_SCHEMA, row), `${table}: ${JSON.stringify(row)}`).toBeNull();
        }
        expect(danglingReferences(library)).toEqual([]);
        expect(mentionLinksMatch(library)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('uses every table, every link origin, mentions in comments and notes, and awkward text', () => {
    const libraries = fc.sample(arbitraryLibrary(), { numRuns: 200, seed: 42 });
    for (const table of backupTablesAt(LATEST_BACKUP_SCHEMA)) {
      expect(libraries.some((library) => rowsOf(library, table).length > 0), table).toBe(true);
    }
    const links = libraries.flatMap((library) => rowsOf(library, 'links'));
    expect(new Set(links.map((link) => link.origin))).toEqual(new Set(['user', 'note', 'import']));
    expect(links.some((link) => link.origin === 'note' && link.annotationId !== null)).toBe(true);
    expect(links.some((link) => link.origin === 'note' && link.noteId !== null && link.fromId === null)).toBe(true);
    expect(libraries.some((library) => rowsOf(library, 'tags').some((tag) => String(tag.path).split('/').length === 3))).toBe(true);
    const text = JSON.stringify(libraries);
    for (const sample of ['نظرية', 'naïve', '😀', '$x^2$', '“', '\\\\', '\\n']) expect(text, sample).toContain(sample);
  });
});
