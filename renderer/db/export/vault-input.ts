import type { ExportReadingList, ExportSynthesisNote, LibraryExportInput } from '../../../shared/export/vault/types';
import { mentionTargetIds } from '../../../shared/rich-text/serialized';
import { queryDisplayTitles } from '../links/mention-titles';
import { orderedItems } from '../lists/lists';
import { querySynthesisNotes, synthesisNoteTitle } from '../notes/synthesis-notes';
import { db as appDb, type LecternDB } from '../schema/database';
import { annotationsAndLinksOf } from './annotation-pages';
import { exportEntries } from './entries';

/** The library, or a view of it: a view's export keeps only the notes and lists that reach into it. */
export type ExportScope = 'library' | 'view';

async function synthesisNotesFor(inScope: ReadonlySet<number>, scope: ExportScope, database: LecternDB): Promise<ExportSynthesisNote[]> {
  const notes = await querySynthesisNotes(database);
  return notes
    .filter((note) => scope === 'library' || mentionTargetIds(note.json).some((id) => inScope.has(id)))
    .map((note) => ({ id: note.id, title: synthesisNoteTitle(note), json: note.json, text: note.text, createdAt: note.createdAt, updatedAt: note.updatedAt }));
}

async function listsFor(inScope: ReadonlySet<number>, scope: ExportScope, database: LecternDB): Promise<ExportReadingList[]> {
  const lists = await database.transaction('r', [database.lists, database.listItems], async () => {
    const rows = (await database.lists.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id - b.id);
    return Promise.all(rows.map(async (list) => ({ list, items: await orderedItems(list.id, database) })));
  });
  return lists
    .filter(({ items }) => scope === 'library' || items.some((item) => inScope.has(item.abstractId)))
    .map(({ list, items }) => ({ id: list.id, name: list.name, items: items.map((item) => ({ abstractId: item.abstractId, note: item.note })) }));
}

/**
 * Everything the vault and annotation exports need for the abstracts of `ids` (in that order):
 * their records, highlights, notes and typed links, the synthesis notes and reading lists, and the
 * titles of abstracts outside `ids` that a link or a list reaches. Read page by page, so 100k
 * abstracts never sit in one transaction.
 */
export async function gatherLibraryExport(ids: readonly number[], scope: ExportScope, database: LecternDB = appDb): Promise<LibraryExportInput> {
  const entries = await exportEntries(ids, database);
  const inScope = new Set(entries.map((entry) => entry.id));
  const { highlights, notes, links } = await annotationsAndLinksOf([...inScope], database);
  const synthesisNotes = await synthesisNotesFor(inScope, scope, database);
  const lists = await listsFor(inScope, scope, database);
  const outside = new Set<number>();
  for (const link of links) for (const id of [link.fromId, link.toId]) if (!inScope.has(id)) outside.add(id);
  for (const list of lists) for (const item of list.items) if (!inScope.has(item.abstractId)) outside.add(item.abstractId);
  const outsideTitles = outside.size === 0 ? new Map<number, string>() : await queryDisplayTitles([...outside], database);
  return { entries, highlights, notes, links, synthesisNotes, lists, outsideTitles };
}
