import { Dexie } from 'dexie';
import type { LecternDB } from '../schema/database';
import type { LinkRow } from '../links/rows';
import type { AbstractTagRow } from '../organize/types';

/** Every table a merge writes; its undo and redo write the same ones. */
export const MERGE_WRITES = [
  'abstracts',
  'abstractKeys',
  'abstractTexts',
  'annotations',
  'notes',
  'links',
  'abstractTags',
  'listItems',
  'distinctPairs',
  'reviewRecords',
  'decisions',
] as const;
/** And the tables it only reads (a link type's symmetry), and where it keeps what it touched for sync (meta). */
export const MERGE_TABLES = [...MERGE_WRITES, 'linkTypes', 'meta'] as const;

/**
 * What a merge may change: the two abstracts, and the notes and comments whose text it may
 * rewrite (the two abstracts' own, and every other that mentions the loser). Fixed before the
 * merge, so the rows it touched are read the same way before and after.
 */
export interface MergeScope {
  abstractIds: readonly [survivorId: number, loserId: number];
  noteIds: readonly number[];
  annotationIds: readonly number[];
}

/** The notes and comments that belong to either abstract or mention the loser (mention links name them). */
export async function mergeScope(database: LecternDB, survivorId: number, loserId: number): Promise<MergeScope> {
  const ends = [survivorId, loserId];
  const mentions = (await database.links.where('toId').equals(loserId).toArray()).filter((link) => link.origin === 'note');
  const ownNotes = await database.notes.where('abstractId').anyOf(ends).primaryKeys();
  const ownAnnotations = await database.annotations.where('abstractId').anyOf(ends).primaryKeys();
  return {
    abstractIds: [survivorId, loserId],
    noteIds: [...new Set([...ownNotes, ...mentions.flatMap((link) => link.noteId ?? [])])],
    annotationIds: [...new Set([...ownAnnotations, ...mentions.flatMap((link) => link.annotationId ?? [])])],
  };
}

function present<Row>(rows: readonly (Row | undefined)[]): Row[] {
  return rows.filter((row): row is Row => row !== undefined);
}

/** Rows of many queries, each once (by id), in id order. */
function byId<Row extends { id: number }>(lists: readonly (readonly Row[])[]): Row[] {
  const rows = new Map<number, Row>();
  for (const list of lists) for (const row of list) rows.set(row.id, row);
  return [...rows.values()].sort((a, b) => a.id - b.id);
}

/**
 * Every row in the scope, by table. One query after another: a query that follows an await inside
 * a Promise.all branch would run outside the caller's transaction.
 */
export async function readScope(database: LecternDB, scope: MergeScope): Promise<Map<string, object[]>> {
  const ends = [...scope.abstractIds];
  const tagRows: AbstractTagRow[] = [];
  for (const id of ends) tagRows.push(...(await database.abstractTags.where('[abstractId+tagId]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray()));
  const links: LinkRow[][] = [
    await database.links.where('fromId').anyOf(ends).toArray(),
    await database.links.where('toId').anyOf(ends).toArray(),
    await database.links.where('noteId').anyOf([...scope.noteIds]).toArray(),
    await database.links.where('annotationId').anyOf([...scope.annotationIds]).toArray(),
  ];
  const ownAnnotations = await database.annotations.where('abstractId').anyOf(ends).toArray();
  const otherAnnotations = present(await database.annotations.bulkGet([...scope.annotationIds]));
  const ownNotes = await database.notes.where('abstractId').anyOf(ends).toArray();
  const otherNotes = present(await database.notes.bulkGet([...scope.noteIds]));
  return new Map<string, object[]>([
    ['abstracts', present(await database.abstracts.bulkGet(ends))],
    ['abstractKeys', present(await database.abstractKeys.bulkGet(ends))],
    ['abstractTexts', present(await database.abstractTexts.bulkGet(ends))],
    ['annotations', byId([ownAnnotations, otherAnnotations])],
    ['notes', byId([ownNotes, otherNotes])],
    ['links', byId(links)],
    ['abstractTags', tagRows],
    ['listItems', await database.listItems.filter((item) => ends.includes(item.abstractId)).toArray()],
    ['distinctPairs', await database.distinctPairs.filter((pair) => ends.includes(pair.low) || ends.includes(pair.high)).toArray()],
    ['reviewRecords', await database.reviewRecords.where('abstractId').anyOf(ends).toArray()],
    ['decisions', await database.decisions.where('abstractId').anyOf(ends).toArray()],
  ]);
}
