import type { ExportAbstractNote, ExportHighlight, ExportLink } from '../../../shared/export/vault/types';
import { inTextOrder } from '../annotations/annotations';
import type { AnnotationRow, NoteRow } from '../annotations/types';
import { linkTypeLabel } from '../links/link-types';
import type { LinkRow, LinkTypeRow } from '../links/rows';
import { db as appDb, type LecternDB } from '../schema/database';

/** Abstracts whose highlights, notes and links are read per transaction. */
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

/**
 * The highlights (in text order), notes and typed links of `ids`, one read transaction per page.
 * Mentions are left out of the links: they are written where they stand, in the notes' text.
 */
export async function annotationsAndLinksOf(ids: readonly number[], database: LecternDB = appDb): Promise<AbstractAnnotationsAndLinks> {
  const userTypes = await database.linkTypes.toArray();
  const result: AbstractAnnotationsAndLinks = { highlights: [], notes: [], links: [] };
  const seenLinks = new Set<number>();
  for (let from = 0; from < ids.length; from += PAGE) {
    const page = ids.slice(from, from + PAGE);
    const rows = await database.transaction('r', [database.annotations, database.notes, database.links], async () => ({
      annotations: await database.annotations.where('abstractId').anyOf(page).toArray(),
      notes: await database.notes.where('abstractId').anyOf(page).toArray(),
      outgoing: await database.links.where('fromId').anyOf(page).toArray(),
      incoming: await database.links.where('toId').anyOf(page).toArray(),
    }));
    const byAbstract = new Map<number, AnnotationRow[]>();
    for (const row of rows.annotations) {
      const list = byAbstract.get(row.abstractId);
      if (list === undefined) byAbstract.set(row.abstractId, [row]);
      else list.push(row);
    }
    for (const id of page) result.highlights.push(...(byAbstract.get(id) ?? []).sort(inTextOrder).map(highlightOf));
    // An abstract has one note; should a race have made two, the first one is the note the reader shows.
    const notes = new Map<number, NoteRow & { abstractId: number }>();
    for (const row of rows.notes.sort((a, b) => a.id - b.id)) {
      if (row.abstractId !== null && !notes.has(row.abstractId)) notes.set(row.abstractId, { ...row, abstractId: row.abstractId });
    }
    result.notes.push(...[...notes.values()].map(noteOf));
    for (const row of [...rows.outgoing, ...rows.incoming]) {
      if (row.origin === 'note' || row.fromId === null || seenLinks.has(row.id)) continue;
      seenLinks.add(row.id);
      result.links.push(linkOf({ ...row, fromId: row.fromId }, userTypes));
    }
  }
  result.links.sort((a, b) => a.id - b.id);
  return result;
}
