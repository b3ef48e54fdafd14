import { HIGHLIGHT_COLORS, type AnchorSelectors, type AnchorState, type HighlightColor } from '../anchoring/types';
import type { EntityKind } from './entities';
import { REVIEW_KIND } from './screening-kinds';
import {
  integerIn,
  isBoolean,
  listOf,
  longText,
  nonEmptyLongText,
  nonEmptyText,
  nullable,
  numberIn,
  oneOf,
  record,
  shortText,
  timestamp,
  uid,
} from './value-checks';
import { SETTING_KIND } from './synced-settings';
import type { BibliographicFields } from '../capture/types';

/**
 * What syncs, kind by kind, as Yjs registers (field → check). Each field merges last-writer-wins; deletable kinds
 * merge presence by observed-remove (shared/sync/merge-rules.ts). Entity keys are uids; a tag membership is
 * `<abstract uid>.<tag uid>`. Only user state travels: texts and sources come from blobs each device imports.
 */
export const SYNCED_STATUSES = ['unread', 'reading', 'read'] as const;
const MAX_TEXT_OFFSET = 100_000_000;
const MAX_YEAR = 9999;

/**
 * Status and star, every detail **Edit details** edits, and the stored text once the user edited it (Edit text, a
 * merge); sources, other imported fields and texts as imported come from the blobs.
 */
export interface AbstractFields
  extends Record<string, unknown>,
    Pick<BibliographicFields, 'doi' | 'arxiv' | 'url' | 'venue' | 'type' | 'citationKey' | 'keywords'> {
  status: (typeof SYNCED_STATUSES)[number];
  starred: boolean;
  title: string | null;
  authors: string[];
  year: number | null;
  text?: string;
  /** The abstract a duplicate merge folded this one into; null once that merge was undone. */
  mergedInto?: string | null;
}

export const ABSTRACT_KIND: EntityKind<AbstractFields> = {
  name: 'abstract',
  deletable: false,
  fields: {
    status: oneOf(SYNCED_STATUSES),
    starred: isBoolean,
    title: nullable(longText),
    authors: listOf(shortText),
    year: nullable(integerIn(0, MAX_YEAR)),
    doi: nullable(shortText),
    arxiv: nullable(shortText),
    url: nullable(longText),
    venue: nullable(longText),
    type: nullable(shortText),
    citationKey: nullable(shortText),
    keywords: listOf(shortText),
    text: nonEmptyLongText,
    mergedInto: nullable(uid),
  },
};

export interface TagFields extends Record<string, unknown> {
  path: string;
  color: string | null;
}

export const TAG_KIND: EntityKind<TagFields> = {
  name: 'tag',
  deletable: true,
  fields: { path: nonEmptyText, color: nullable(shortText) },
};

/** A tag on an abstract: no fields, only presence. */
export type TaggedFields = Record<string, never>;

export const TAGGED_KIND: EntityKind<TaggedFields> = { name: 'tagged', deletable: true, fields: {} };

export function taggedEntity(abstractUid: string, tagUid: string): string {
  return `${abstractUid}.${tagUid}`;
}

export function parseTaggedEntity(entity: string): { abstractUid: string; tagUid: string } | null {
  const [abstractUid, tagUid, ...rest] = entity.split('.');
  return abstractUid !== undefined && tagUid !== undefined && rest.length === 0 ? { abstractUid, tagUid } : null;
}

export interface Anchor {
  selectors: AnchorSelectors;
  state: AnchorState;
  confidence: number | null;
}

export interface RichTextValue {
  json: string | null;
  text: string;
}

/** A highlight's comment is not a field: it merges by character, as a rich text (rich-texts.ts). */
export interface AnnotationFields extends Record<string, unknown> {
  abstract: string;
  anchor: Anchor;
  color: HighlightColor;
  createdAt: number;
  /** The comment was saved as plain text (no editor state): it comes back as plain text, not as an editor's. */
  plainText: boolean;
}

const offset = integerIn(0, MAX_TEXT_OFFSET);

export const ANNOTATION_KIND: EntityKind<AnnotationFields> = {
  name: 'annotation',
  deletable: true,
  fields: {
    abstract: uid,
    anchor: record({
      selectors: record({
        quote: record({ type: oneOf(['TextQuoteSelector']), exact: longText, prefix: shortText, suffix: shortText }),
        position: record({ type: oneOf(['TextPositionSelector']), start: offset, end: offset }),
      }),
      state: oneOf(['anchored', 'moved', 'orphaned']),
      confidence: nullable(numberIn(0, 1)),
    }),
    color: oneOf(HIGHLIGHT_COLORS),
    createdAt: timestamp,
    plainText: isBoolean,
  },
};

/** A note's text is not a field: it merges by character, as a rich text (rich-texts.ts). */
export interface NoteFields extends Record<string, unknown> {
  abstract: string | null;
  title: string | null;
  createdAt: number;
  /** The text was saved as plain text (no editor state): it comes back as plain text, not as an editor's. */
  plainText: boolean;
}

export const NOTE_KIND: EntityKind<NoteFields> = {
  name: 'note',
  deletable: true,
  fields: { abstract: nullable(uid), title: nullable(shortText), createdAt: timestamp, plainText: isBoolean },
};

export const SYNCED_LINK_ORIGINS = ['user', 'note'] as const;

/**
 * User links and note mentions; import links are derived from the captures on every device and do not travel.
 * `type` is a built-in type's id, or a user type's uid (its local id can differ between devices).
 */
export interface LinkFields extends Record<string, unknown> {
  from: string | null;
  to: string;
  type: string;
  origin: (typeof SYNCED_LINK_ORIGINS)[number];
  inNote: string | null;
  inAnnotation: string | null;
  note: string;
  context: string | null;
  createdAt: number;
}

export const LINK_KIND: EntityKind<LinkFields> = {
  name: 'link',
  deletable: true,
  fields: {
    from: nullable(uid),
    to: uid,
    type: nonEmptyText,
    origin: oneOf(SYNCED_LINK_ORIGINS),
    inNote: nullable(uid),
    inAnnotation: nullable(uid),
    note: longText,
    context: nullable(longText),
    createdAt: timestamp,
  },
};

export interface ListFields extends Record<string, unknown> {
  name: string;
  createdAt: number;
}

export const LIST_KIND: EntityKind<ListFields> = { name: 'list', deletable: true, fields: { name: nonEmptyText, createdAt: timestamp } };

export interface ListItemFields extends Record<string, unknown> {
  list: string;
  abstract: string;
  order: string;
  note: string;
}

const ORDER_KEY = /^[0-9A-Za-z]{1,200}$/;

export const LIST_ITEM_KIND: EntityKind<ListItemFields> = {
  name: 'listItem',
  deletable: true,
  fields: {
    list: uid,
    abstract: uid,
    order: (value) => (typeof value === 'string' && ORDER_KEY.test(value) ? null : 'not a fractional order key'),
    note: longText,
  },
};

export interface SavedSearchFields extends Record<string, unknown> {
  name: string;
  query: string;
  createdAt: number;
}

export const SAVED_SEARCH_KIND: EntityKind<SavedSearchFields> = {
  name: 'savedSearch',
  deletable: true,
  fields: { name: nonEmptyText, query: longText, createdAt: timestamp },
};

/** A user-defined link type; `key` is the id links name it by on the device that made it (built-in types are not stored). */
export interface LinkTypeFields extends Record<string, unknown> {
  key: string;
  label: string;
  inverseLabel: string | null;
  color: string;
}

export const LINK_TYPE_KIND: EntityKind<LinkTypeFields> = {
  name: 'linkType',
  deletable: true,
  fields: { key: nonEmptyText, label: nonEmptyText, inverseLabel: nullable(shortText), color: shortText },
};

/** Kinds kept in the library's `meta` doc; every other kind lives in the row shard of its entity's first uid. */
export const META_KINDS: ReadonlySet<string> = new Set([TAG_KIND.name, LIST_KIND.name, SAVED_SEARCH_KIND.name, LINK_TYPE_KIND.name, REVIEW_KIND.name, SETTING_KIND.name]);
