import {
  ANNOTATION_KIND,
  LINK_KIND,
  LINK_TYPE_KIND,
  LIST_ITEM_KIND,
  LIST_KIND,
  NOTE_KIND,
  SAVED_SEARCH_KIND,
  TAG_KIND,
  TAGGED_KIND,
  taggedEntity,
  type AnnotationFields,
  type LinkFields,
  type LinkTypeFields,
  type ListFields,
  type ListItemFields,
  type NoteFields,
  type RichTextValue,
  type SavedSearchFields,
  type TagFields,
  type TaggedFields,
} from '../../../shared/sync/synced-kinds';
import type { EntityKind } from '../../../shared/sync/entities';
import type { AnnotationRow, NoteRow } from '../annotations/types';
import type { LinkRow, LinkTypeRow } from '../links/rows';
import type { AbstractTagRow, ListItemRow, ListRow, TagRow } from '../organize/types';
import type { SavedSearchRow } from '../search/saved-search-types';
import type { EntityTable } from './capture-middleware';
import { DECISION_KIND, REVIEW_KIND, REVIEW_RECORD_KIND } from '../../../shared/sync/screening-kinds';
import type { DecisionRow, ReviewRecordRow, ReviewRow } from '../../../shared/screening/types';
import { decisionEntityOf, reviewEntity, reviewRecordEntityOf } from './screening-fields';
import type { UidLookup } from './uid-lookup';
import { textForWire } from './mention-wire';

/** A synced entity as this device has it: its kind, key and field values. */
export interface LocalEntity<Fields extends Record<string, unknown> = Record<string, unknown>> {
  kind: EntityKind<Fields>;
  entity: string;
  fields: Fields;
  /** A note's text or a highlight's comment, which merges by character rather than as a field. */
  text?: RichTextValue;
}

/** A row is not sent when every device derives it itself (`derived`), or when something it points at has no uid here. */
export type LocalRead = { ok: true; entity: LocalEntity } | { ok: false; derived: true } | { ok: false; derived: false; reason: string };

const entity = <Fields extends Record<string, unknown>>(kind: EntityKind<Fields>, key: string, fields: Fields, text?: RichTextValue): LocalRead => ({
  ok: true,
  entity: text === undefined ? { kind, entity: key, fields } : { kind, entity: key, fields, text },
});

const unresolved = (what: string): LocalRead => ({ ok: false, derived: false, reason: `${what} has no uid here` });

async function tagged(row: AbstractTagRow, lookup: UidLookup): Promise<LocalRead> {
  const abstractUid = await lookup.uidOf('abstracts', row.abstractId);
  const tagUid = await lookup.uidOf('tags', row.tagId);
  if (abstractUid === undefined || tagUid === undefined) return unresolved(`tag assignment ${row.abstractId}/${row.tagId}`);
  const fields: TaggedFields = {};
  return entity(TAGGED_KIND, taggedEntity(abstractUid, tagUid), fields);
}

async function annotation(row: AnnotationRow, lookup: UidLookup): Promise<LocalRead> {
  const abstract = await lookup.uidOf('abstracts', row.abstractId);
  if (abstract === undefined) return unresolved(`the abstract of annotation ${row.uid}`);
  const { quote, position } = row.selectors;
  const fields: AnnotationFields = {
    abstract,
    anchor: {
      selectors: {
        quote: { type: quote.type, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        position: { type: position.type, start: position.start, end: position.end },
      },
      state: row.state,
      confidence: row.confidence,
    },
    color: row.color,
    createdAt: row.createdAt,
    plainText: row.comment.json === null,
  };
  return entity(ANNOTATION_KIND, row.uid, fields, await textForWire({ json: row.comment.json, text: row.comment.text }, lookup));
}

async function note(row: NoteRow, lookup: UidLookup): Promise<LocalRead> {
  const abstract = await lookup.nullableUidOf('abstracts', row.abstractId);
  if (abstract === undefined) return unresolved(`the abstract of note ${row.uid}`);
  const fields: NoteFields = { abstract, title: row.title, createdAt: row.createdAt, plainText: row.json === null };
  return entity(NOTE_KIND, row.uid, fields, await textForWire({ json: row.json, text: row.text }, lookup));
}

async function link(row: LinkRow, lookup: UidLookup): Promise<LocalRead> {
  // Import links come from the captures, which every device imports itself.
  if (row.origin === 'import') return { ok: false, derived: true };
  const from = await lookup.nullableUidOf('abstracts', row.fromId);
  const to = await lookup.uidOf('abstracts', row.toId);
  const inNote = await lookup.nullableUidOf('notes', row.noteId);
  const inAnnotation = await lookup.nullableUidOf('annotations', row.annotationId);
  const type = await lookup.linkTypeUidOf(row.type);
  if (type === undefined) return unresolved(`the type ${row.type} of link ${row.uid}`);
  if (from === undefined || to === undefined || inNote === undefined || inAnnotation === undefined) return unresolved(`a row link ${row.uid} points at`);
  const fields: LinkFields = { from, to, type, origin: row.origin, inNote, inAnnotation, note: row.note, context: row.context, createdAt: row.createdAt };
  return entity(LINK_KIND, row.uid, fields);
}

async function listItem(row: ListItemRow, lookup: UidLookup): Promise<LocalRead> {
  const list = await lookup.uidOf('lists', row.listId);
  const abstract = await lookup.uidOf('abstracts', row.abstractId);
  if (list === undefined || abstract === undefined) return unresolved(`the list or abstract of list item ${row.uid}`);
  const fields: ListItemFields = { list, abstract, order: row.order, note: row.note };
  return entity(LIST_ITEM_KIND, row.uid, fields);
}

function tag(row: TagRow): LocalRead {
  const fields: TagFields = { path: row.path, color: row.color };
  return entity(TAG_KIND, row.uid, fields);
}

function list(row: ListRow): LocalRead {
  const fields: ListFields = { name: row.name, createdAt: row.createdAt };
  return entity(LIST_KIND, row.uid, fields);
}

function linkType(row: LinkTypeRow): LocalRead {
  const fields: LinkTypeFields = { key: row.id, label: row.label, inverseLabel: row.inverseLabel, color: row.color };
  return entity(LINK_TYPE_KIND, row.uid, fields);
}

function savedSearch(row: SavedSearchRow): LocalRead {
  const fields: SavedSearchFields = { name: row.name, query: row.query, createdAt: row.createdAt };
  return entity(SAVED_SEARCH_KIND, row.uid, fields);
}

/** A local row of a synced table (other than abstracts) as the entity it syncs as. */
export async function localEntityOf(table: EntityTable, row: unknown, lookup: UidLookup): Promise<LocalRead> {
  switch (table) {
    case 'tags':
      return tag(row as TagRow);
    case 'abstractTags':
      return tagged(row as AbstractTagRow, lookup);
    case 'annotations':
      return annotation(row as AnnotationRow, lookup);
    case 'notes':
      return note(row as NoteRow, lookup);
    case 'links':
      return link(row as LinkRow, lookup);
    case 'linkTypes':
      return linkType(row as LinkTypeRow);
    case 'lists':
      return list(row as ListRow);
    case 'listItems':
      return listItem(row as ListItemRow, lookup);
    case 'savedSearches':
      return savedSearch(row as SavedSearchRow);
    case 'reviews':
      return reviewEntity(row as ReviewRow, lookup);
    case 'reviewRecords':
      return reviewRecordEntityOf(row as ReviewRecordRow, lookup);
    case 'decisions':
      return decisionEntityOf(row as DecisionRow, lookup);
  }
}

const KIND_OF_TABLE: Readonly<Record<EntityTable, EntityKind<Record<string, unknown>>>> = {
  tags: TAG_KIND,
  abstractTags: TAGGED_KIND,
  annotations: ANNOTATION_KIND,
  notes: NOTE_KIND,
  links: LINK_KIND,
  linkTypes: LINK_TYPE_KIND,
  lists: LIST_KIND,
  listItems: LIST_ITEM_KIND,
  savedSearches: SAVED_SEARCH_KIND,
  reviews: REVIEW_KIND,
  reviewRecords: REVIEW_RECORD_KIND,
  decisions: DECISION_KIND,
};

/** Join rows: identified by their ends' uids, so a delete needs them looked up like a write does. */
const KEYED_BY_ENDS: ReadonlySet<string> = new Set(['abstractTags', 'reviewRecords', 'decisions']);

export const isKeyedByEnds = (table: EntityTable): boolean => KEYED_BY_ENDS.has(table);

/** What a deleted row syncs as: only its key is needed, so a delete goes out even when what it pointed at is gone too. */
export async function deletedEntityOf(
  table: EntityTable,
  row: unknown,
  lookup: UidLookup,
): Promise<{ kind: EntityKind<Record<string, unknown>>; entity: string } | { reason: string } | null> {
  if (table === 'links' && (row as LinkRow).origin === 'import') return null;
  if (!KEYED_BY_ENDS.has(table)) return { kind: KIND_OF_TABLE[table], entity: (row as { uid: string }).uid };
  const read = await localEntityOf(table, row, lookup);
  return read.ok ? { kind: read.entity.kind, entity: read.entity.entity } : read.derived ? null : { reason: read.reason };
}
