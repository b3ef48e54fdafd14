import type { IndexableType } from 'dexie';
import type { LecternDB } from '../schema/database';
import type { ListItemRow } from '../organize/types';
import { ORPHAN_KINDS, type OrphanKind } from './report';

/** The table each kind of orphan lives in. */
export const ORPHAN_TABLE: Readonly<Record<OrphanKind, string>> = {
  tagAssignmentsWithoutAbstract: 'abstractTags',
  tagAssignmentsWithoutTag: 'abstractTags',
  annotationsWithoutAbstract: 'annotations',
  notesWithoutAbstract: 'notes',
  listItemsWithoutAbstract: 'listItems',
  listItemsWithoutList: 'listItems',
  linksWithoutAbstract: 'links',
  mentionsWithoutSource: 'links',
  keysWithoutAbstract: 'abstractKeys',
  textsWithoutAbstract: 'abstractTexts',
  capturePiecesWithoutCapture: 'captureTexts',
  reviewRecordsWithoutAbstract: 'reviewRecords',
  reviewRecordsWithoutReview: 'reviewRecords',
  decisionsWithoutRecord: 'decisions',
};

/** Every table the check reads; the search index's are among them. */
export const CHECKED_TABLES = [...new Set([...Object.values(ORPHAN_TABLE), 'abstracts', 'tags', 'lists', 'captures', 'reviews', 'searchIndex'])];

/** The primary keys of the orphans of each kind. */
export type OrphanKeys = Record<OrphanKind, IndexableType[]>;

const LIST_ITEM_PAGE = 5000;

function numbers(keys: readonly IndexableType[]): number[] {
  return keys.filter((key): key is number => typeof key === 'number');
}

/** The values of `keys` not in `present`. */
function missing(keys: readonly IndexableType[], present: ReadonlySet<number>): number[] {
  return numbers(keys).filter((key) => !present.has(key));
}

/** The rows of `table` whose indexed `field` is one of the `missing` values, by primary key. */
async function keysWhere(database: LecternDB, table: 'annotations' | 'notes' | 'links', field: string, values: readonly number[]): Promise<number[]> {
  if (values.length === 0) return [];
  return numbers(await database.table(table).where(field).anyOf([...values]).primaryKeys());
}

/**
 * The links whose `fields` name an id not in `present`. One query after another: a query that
 * follows an await inside a Promise.all branch would run outside the caller's transaction.
 */
async function linksWhereGone(database: LecternDB, fields: readonly ('fromId' | 'toId' | 'noteId' | 'annotationId')[], present: ReadonlySet<number>): Promise<number[]> {
  const ids = new Set<number>();
  for (const field of fields) {
    const gone = missing(await database.links.orderBy(field).uniqueKeys(), present);
    for (const id of await keysWhere(database, 'links', field, gone)) ids.add(id);
  }
  return [...ids];
}

/** The list items whose abstract or list is gone, read a page at a time (no index names an item's abstract). */
async function orphanListItems(database: LecternDB, abstracts: ReadonlySet<number>, lists: ReadonlySet<number>): Promise<[number[], number[]]> {
  const withoutAbstract: number[] = [];
  const withoutList: number[] = [];
  let after = -Infinity;
  for (;;) {
    const page: ListItemRow[] = await database.listItems.where(':id').above(after).limit(LIST_ITEM_PAGE).toArray();
    for (const item of page) {
      if (!abstracts.has(item.abstractId)) withoutAbstract.push(item.id);
      else if (!lists.has(item.listId)) withoutList.push(item.id);
    }
    const last = page.at(-1);
    if (last === undefined || page.length < LIST_ITEM_PAGE) return [withoutAbstract, withoutList];
    after = last.id;
  }
}

type ScreeningOrphans = Pick<OrphanKeys, 'reviewRecordsWithoutAbstract' | 'reviewRecordsWithoutReview' | 'decisionsWithoutRecord'>;

/**
 * Review records whose abstract or review is gone, and decisions on a record no longer in its
 * review (an orphaned record counts as gone, so one repair leaves nothing). Keys only.
 */
async function screeningOrphans(database: LecternDB, abstracts: ReadonlySet<number>): Promise<ScreeningOrphans> {
  const reviews = new Set(await database.reviews.toCollection().primaryKeys());
  const records = await database.reviewRecords.toCollection().primaryKeys();
  const withoutAbstract = records.filter(([, abstractId]) => !abstracts.has(abstractId));
  const withoutReview = records.filter(([reviewId, abstractId]) => abstracts.has(abstractId) && !reviews.has(reviewId));
  const live = new Set(records.filter(([reviewId, abstractId]) => abstracts.has(abstractId) && reviews.has(reviewId)).map(([reviewId, abstractId]) => `${reviewId}:${abstractId}`));
  const decisions = await database.decisions.toCollection().primaryKeys();
  return {
    reviewRecordsWithoutAbstract: withoutAbstract,
    reviewRecordsWithoutReview: withoutReview,
    decisionsWithoutRecord: decisions.filter(([reviewId, , abstractId]) => !live.has(`${reviewId}:${abstractId}`)),
  };
}

/**
 * Finds every orphan, inside the caller's transaction over CHECKED_TABLES. It reads keys (primary
 * keys and the distinct keys of indexes), never whole rows, except list items, whose abstract no
 * index holds. A note or comment that is itself an orphan counts as gone for its mentions, so one
 * repair leaves nothing for the next check.
 */
export async function findOrphans(database: LecternDB): Promise<OrphanKeys> {
  const [abstractIds, tagIds, listIds, captureHashes, annotationIds, noteIds] = await Promise.all([
    database.abstracts.toCollection().primaryKeys(),
    database.tags.toCollection().primaryKeys(),
    database.lists.toCollection().primaryKeys(),
    database.captures.toCollection().primaryKeys(),
    database.annotations.toCollection().primaryKeys(),
    database.notes.toCollection().primaryKeys(),
  ]);
  const abstracts = new Set(abstractIds);
  const tags = new Set(tagIds);
  const captures = new Set(captureHashes);

  const assignments = await database.abstractTags.toCollection().primaryKeys();
  const annotationsWithoutAbstract = await keysWhere(database, 'annotations', 'abstractId', missing(await database.annotations.orderBy('abstractId').uniqueKeys(), abstracts));
  const notesWithoutAbstract = await keysWhere(database, 'notes', 'abstractId', missing(await database.notes.orderBy('abstractId').uniqueKeys(), abstracts));
  const [listItemsWithoutAbstract, listItemsWithoutList] = await orphanListItems(database, abstracts, new Set(listIds));

  const linksWithoutAbstract = await linksWhereGone(database, ['fromId', 'toId'], abstracts);
  const liveNotes = new Set(noteIds);
  for (const id of notesWithoutAbstract) liveNotes.delete(id);
  const liveAnnotations = new Set(annotationIds);
  for (const id of annotationsWithoutAbstract) liveAnnotations.delete(id);
  const mentionSources = [...(await linksWhereGone(database, ['noteId'], liveNotes)), ...(await linksWhereGone(database, ['annotationId'], liveAnnotations))];
  const counted = new Set(linksWithoutAbstract);
  const mentionsWithoutSource = [...new Set(mentionSources)].filter((id) => !counted.has(id));

  const found: OrphanKeys = {
    tagAssignmentsWithoutAbstract: assignments.filter(([abstractId]) => !abstracts.has(abstractId)),
    tagAssignmentsWithoutTag: assignments.filter(([abstractId, tagId]) => abstracts.has(abstractId) && !tags.has(tagId)),
    annotationsWithoutAbstract,
    notesWithoutAbstract,
    listItemsWithoutAbstract,
    listItemsWithoutList,
    linksWithoutAbstract,
    mentionsWithoutSource,
    keysWithoutAbstract: missing(await database.abstractKeys.toCollection().primaryKeys(), abstracts),
    textsWithoutAbstract: missing(await database.abstractTexts.toCollection().primaryKeys(), abstracts),
    capturePiecesWithoutCapture: (await database.captureTexts.toCollection().primaryKeys()).filter(([hash]) => !captures.has(hash)),
    ...(await screeningOrphans(database, abstracts)),
  };
  return found;
}

/** How many orphans of each kind. */
export function orphanCounts(found: OrphanKeys): Record<OrphanKind, number> {
  return Object.fromEntries(ORPHAN_KINDS.map((kind) => [kind, found[kind].length])) as Record<OrphanKind, number>;
}
