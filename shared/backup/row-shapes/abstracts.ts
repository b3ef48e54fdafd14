import type { RecordRole } from '../../capture/types';
import { uidField } from './uid-field';
import { anyOf, exactly, flag, listOf, nullable, objectOf, oneOf, recordOf, text, wholeNumber, type Check, type Fields } from './checks';

const ROLES: Record<RecordRole, true> = { main: true, related: true, entry: true };
/** Reference-file entries arrived in version 11. */
const ROLES_BEFORE_11: Readonly<Record<string, true>> = { main: true, related: true };
/** The reading statuses (since version 3). */
const STATUSES: Record<'unread' | 'reading' | 'read', true> = { unread: true, reading: true, read: true };

export const strings = listOf(text, 'a list of strings');

const displayForm = objectOf({ text, edits: listOf(objectOf({ start: wholeNumber, end: wholeNumber, insert: text })) });
function sourceAt(version: number): Check {
  return objectOf({ captureHash: text, role: oneOf(version >= 11 ? ROLES : ROLES_BEFORE_11), start: wholeNumber, end: wholeNumber });
}

/** The sort, source and identity keys: on every abstract row, and (since version 6) in abstractKeys too. */
const KEY_FIELDS: Fields = {
  id: wholeNumber,
  fingerprint: text,
  prefixKey: text,
  createdAt: wholeNumber,
  updatedAt: wholeNumber,
  sortTitle: text,
  year: nullable(wholeNumber),
  captureHashes: strings,
};

/** Identifier keys indexed in abstractKeys since version 11 (null when unknown). */
const KEY_FIELDS_11: Fields = {
  doi: nullable(text),
  arxiv: nullable(text),
  citationKey: nullable(text),
  titleKey: nullable(text),
};

/** Since version 12 every abstract has a citation key. */
const KEY_FIELDS_12: Fields = { ...KEY_FIELDS_11, citationKey: text };

function keyFields(version: number): Fields {
  if (version >= 12) return { ...KEY_FIELDS, ...KEY_FIELDS_12 };
  return version >= 11 ? { ...KEY_FIELDS, ...KEY_FIELDS_11 } : KEY_FIELDS;
}

function metadataFields(version: number): Fields {
  return {
    truncated: flag,
    title: nullable(text),
    authors: strings,
    quote: nullable(text),
    views: nullable(wholeNumber),
    field: nullable(text),
    language: nullable(text),
    sources: listOf(sourceAt(version)),
    ...(version >= 11 ? BIBLIOGRAPHIC_FIELDS : {}),
  };
}

/** Since version 11: what reference managers key on, and every other field an entry gave. */
const BIBLIOGRAPHIC_FIELDS: Fields = {
  url: nullable(text),
  venue: nullable(text),
  type: nullable(text),
  keywords: strings,
  fields: recordOf(text, 'an object of strings'),
};

/** Before version 7 the abstract row held its text; since, abstractTexts does. */
const TEXT_FIELDS: Fields = { text, display: displayForm };

/** Versions 3 to 7 stored 0 or 1 on every row; since version 8 an unstarred row leaves the field out. */
const STARRED_ALWAYS: Fields = { starred: anyOf([exactly(0), exactly(1)], '0 or 1') };
const STARRED_ONLY: Fields = { starred: exactly(1) };

function abstractRow(version: number): Check {
  const required: Fields = {
    ...keyFields(version),
    ...uidField(version),
    ...metadataFields(version),
    ...(version < 7 ? TEXT_FIELDS : {}),
    ...(version >= 3 ? { status: oneOf(STATUSES) } : {}),
    ...(version >= 3 && version < 8 ? STARRED_ALWAYS : {}),
  };
  return objectOf(required, version >= 8 ? STARRED_ONLY : {});
}

export const ABSTRACT_SHAPES: Readonly<Record<string, (version: number) => Check>> = {
  abstracts: abstractRow,
  abstractKeys: (version) => objectOf({ ...keyFields(version), ...uidField(version) }),
  abstractTexts: () => objectOf({ id: wholeNumber, ...TEXT_FIELDS }),
};
