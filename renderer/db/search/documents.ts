import { tokenize } from '../../../shared/search/normalise';
import { displayTitle } from '../../../shared/text/display-title';
import type { AnnotationRow, NoteRow } from '../annotations/types';
import { abstractsAfter, presentAbstracts } from '../abstracts/records';
import { db as appDb, type LecternDB } from '../schema/database';
import { assignmentsOfAbstracts } from '../tags/store';
import type { AbstractRow } from '../schema/row-types';
import type { SearchDocument } from './search-document';

/** Everything about one abstract that search reads besides the row itself. */
export interface AbstractExtras {
  tagPaths: string[];
  annotations: Pick<AnnotationRow, 'selectors' | 'comment'>[];
  notes: Pick<NoteRow, 'title' | 'text'>[];
}

const words = (text: string): string => tokenize(text).join(' ');

/** The full searchable text of an abstract besides title and authors: text, tags, highlights, notes. */
export function bodyText(row: Pick<AbstractRow, 'text'>, extras: AbstractExtras): string {
  const parts = [row.text, ...extras.tagPaths.map((path) => path.replaceAll('/', ' '))];
  for (const annotation of extras.annotations) parts.push(annotation.selectors.quote.exact, annotation.comment.text);
  for (const note of extras.notes) parts.push(note.title ?? '', note.text);
  return parts.join('\n');
}

export function searchDocumentOf(row: AbstractRow, extras: AbstractExtras): SearchDocument {
  return {
    id: row.id,
    title: words(displayTitle(row)),
    authors: words(row.authors.join(' ')),
    body: words(bodyText(row, extras)),
    year: row.year,
    venue: words(row.venue ?? ''),
    snippet: row.truncated,
  };
}

function groupBy<T>(rows: T[], keyOf: (row: T) => number | null): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return groups;
}

/** The extras of `ids` (every abstract when null), read in one pass per table. */
export async function readExtras(ids: readonly number[] | null, database: LecternDB = appDb): Promise<(id: number) => AbstractExtras> {
  const [tags, links, annotations, notes] = await Promise.all([
    database.tags.toArray(),
    ids === null ? database.abstractTags.toArray() : assignmentsOfAbstracts(ids, database).toArray(),
    ids === null ? database.annotations.toArray() : database.annotations.where('abstractId').anyOf(ids).toArray(),
    ids === null ? database.notes.toArray() : database.notes.where('abstractId').anyOf(ids).toArray(),
  ]);
  const pathOf = new Map(tags.map((tag) => [tag.id, tag.path]));
  const tagsBy = groupBy(links, (link) => link.abstractId);
  const annotationsBy = groupBy(annotations, (annotation) => annotation.abstractId);
  const notesBy = groupBy(notes, (note) => note.abstractId);
  return (id) => ({
    tagPaths: (tagsBy.get(id) ?? []).map((link) => pathOf.get(link.tagId) ?? '').filter((path) => path !== ''),
    annotations: annotationsBy.get(id) ?? [],
    notes: notesBy.get(id) ?? [],
  });
}

/** The search documents of `ids`; ids no longer in the library are left out. */
export async function readDocuments(ids: readonly number[], database: LecternDB = appDb): Promise<SearchDocument[]> {
  const [rows, extrasOf] = await Promise.all([presentAbstracts(ids, database), readExtras(ids, database)]);
  return rows.map((row) => searchDocumentOf(row, extrasOf(row.id)));
}

/** Every abstract's search document, `batchSize` at a time in primary-key order. */
export async function forEachDocumentBatch(
  batchSize: number,
  onBatch: (documents: SearchDocument[]) => void | Promise<void>,
  database: LecternDB = appDb,
): Promise<void> {
  const extrasOf = await readExtras(null, database);
  let after = 0;
  for (;;) {
    const rows = await abstractsAfter(after, batchSize, database);
    if (rows.length === 0) return;
    await onBatch(rows.map((row) => searchDocumentOf(row, extrasOf(row.id))));
    after = rows[rows.length - 1]?.id ?? after;
  }
}
