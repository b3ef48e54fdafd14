import type { ExportAbstractNote, ExportHighlight, ExportLink } from '../../../shared/export/vault/types';
import { inTextOrder } from '../annotations/annotations';
import type { AnnotationRow, NoteRow } from '../annotations/types';
import { linkTypeLabel } from '../links/link-types';
import type { LinkRow, LinkTypeRow } from '../links/rows';
import type { Table } from 'dexie';
import { db as appDb, type LecternDB } from '../schema/database';

/** Rows read per request; up to this many abstracts are looked up through the indexes. */
const PAGE = 2_000;

export interface AbstractAnnotationsAndLinks {
  highlights: ExportHighlight[];
  notes: ExportAbstractNote[];
  links: ExportLink[];
}

function highlightOf(row: AnnotationRow): ExportHighlight {
  return {
    id: row.id,
    abstractId: row.abstractId,
    selectors: row.selectors,
    color: row.color,
    comment: { json: row.comment.json, text: row.comment.text },
    state: row.state,
    confidence: row.confidence,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function noteOf(row: NoteRow & { abstractId: number }): ExportAbstractNote {
  return { id: row.id, abstractId: row.abstractId, json: row.json, text: row.text, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

function linkOf(row: LinkRow & { fromId: number }, userTypes: readonly LinkTypeRow[]): ExportLink {
  return {
    id: row.id,
    fromId: row.fromId,
    toId: row.toId,
    label: linkTypeLabel(row.type, 'outgoing', userTypes),
    inverseLabel: linkTypeLabel(row.type, 'incoming', userTypes),
    note: row.note,
  };
}

interface RowsOfScope {
  annotations: AnnotationRow[];
  notes: NoteRow[];
  links: LinkRow[];
}

/** A small scope: its rows found through the indexes, in one transaction. */
function rowsByIndex(ids: readonly number[], database: LecternDB): Promise<RowsOfScope> {
  return database.transaction('r', [database.annotations, database.notes, database.links], async () => ({
    annotations: await database.annotations.where('abstractId').anyOf(ids).toArray(),
    notes: await database.notes.where('abstractId').anyOf(ids).toArray(),
    links: [...(await database.links.where('fromId').anyOf(ids).toArray()), ...(await database.links.where('toId').anyOf(ids).toArray())],
  }));
}

/** Every row of a table, a page at a time by id, kept when `keep` says so. */
async function scan<Row extends { id: number }, Insert>(table: Table<Row, number, Insert>, keep: (row: Row) => boolean): Promise<Row[]> {
  const kept: Row[] = [];
  let after = -Infinity;
  for (;;) {
    const page = await table.where(':id').above(after).limit(PAGE).toArray();
    for (const row of page) if (keep(row)) kept.push(row);
    const last = page[page.length - 1];
    if (last === undefined || page.length < PAGE) return kept;
    after = last.id;
  }
}

/**
 * A large scope (the library, a big view): an index lookup per id costs more than reading the
 * tables, which are far smaller than the abstracts; so they are read in pages, in one transaction.
 */
function rowsByScan(ids: readonly number[], database: LecternDB): Promise<RowsOfScope> {
  const inScope = new Set(ids);
  return database.transaction('r', [database.annotations, database.notes, database.links], async () => ({
    annotations: await scan(database.annotations, (row) => inScope.has(row.abstractId)),
    notes: await scan(database.notes, (row) => row.abstractId !== null && inScope.has(row.abstractId)),
    links: await scan(database.links, (row) => (row.fromId !== null && inScope.has(row.fromId)) || inScope.has(row.toId)),
  }));
}

/**
 * The highlights (in text order, abstract by abstract in the order of `ids`), notes and typed links
 * of `ids`. Mentions are left out of the links: they are written where they stand, in the notes' text.
 */
export async function annotationsAndLinksOf(ids: readonly number[], database: LecternDB = appDb): Promise<AbstractAnnotationsAndLinks> {
  const userTypes = await database.linkTypes.toArray();
  const rows = ids.length <= PAGE ? await rowsByIndex(ids, database) : await rowsByScan(ids, database);
  const byAbstract = new Map<number, AnnotationRow[]>();
  for (const row of rows.annotations) {
    const list = byAbstract.get(row.abstractId);
    if (list === undefined) byAbstract.set(row.abstractId, [row]);
    else list.push(row);
  }
  const highlights: ExportHighlight[] = [];
  for (const id of ids) for (const row of (byAbstract.get(id) ?? []).sort(inTextOrder)) highlights.push(highlightOf(row));
  // An abstract has one note; should a race have made two, the first one is the note the reader shows.
  const notes = new Map<number, NoteRow & { abstractId: number }>();
  for (const row of rows.notes.sort((a, b) => a.id - b.id)) {
    if (row.abstractId !== null && !notes.has(row.abstractId)) notes.set(row.abstractId, { ...row, abstractId: row.abstractId });
  }
  const links = new Map<number, ExportLink>();
  for (const row of rows.links) {
    if (row.origin === 'note' || row.fromId === null || links.has(row.id)) continue;
    links.set(row.id, linkOf({ ...row, fromId: row.fromId }, userTypes));
  }
  return { highlights, notes: [...notes.values()].map(noteOf), links: [...links.values()].sort((a, b) => a.id - b.id) };
}
