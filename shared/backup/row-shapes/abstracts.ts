import type { RecordRole } from '../../capture/types';
import { anyOf, exactly, flag, listOf, nullable, objectOf, oneOf, text, wholeNumber, type Check, type Fields } from './checks';

const ROLES: Record<RecordRole, true> = { main: true, related: true };
/** The reading statuses (since version 3). */
const STATUSES: Record<'unread' | 'reading' | 'read', true> = { unread: true, reading: true, read: true };

export const strings = listOf(text, 'a list of strings');

const displayForm = objectOf({ text, edits: listOf(objectOf({ start: wholeNumber, end: wholeNumber, insert: text })) });
const source = objectOf({ captureHash: text, role: oneOf(ROLES), start: wholeNumber, end: wholeNumber });

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

const METADATA_FIELDS: Fields = {
  truncated: flag,
  title: nullable(text),
  authors: strings,
  quote: nullable(text),
  views: nullable(wholeNumber),
  field: nullable(text),
  language: nullable(text),
  sources: listOf(source),
};

/** Before version 7 the abstract row held its text; since, abstractTexts does. */
const TEXT_FIELDS: Fields = { text, display: displayForm };

/** Versions 3 to 7 stored 0 or 1 on every row; since version 8 an unstarred row leaves the field out. */
const STARRED_ALWAYS: Fields = { starred: anyOf([exactly(0), exactly(1)], '0 or 1') };
const STARRED_ONLY: Fields = { starred: exactly(1) };

function abstractRow(version: number): Check {
  const required: Fields = {
    ...KEY_FIELDS,
    ...METADATA_FIELDS,
    ...(version < 7 ? TEXT_FIELDS : {}),
    ...(version >= 3 ? { status: oneOf(STATUSES) } : {}),
    ...(version >= 3 && version < 8 ? STARRED_ALWAYS : {}),
  };
  return objectOf(required, version >= 8 ? STARRED_ONLY : {});
}

export const ABSTRACT_SHAPES: Readonly<Record<string, (version: number) => Check>> = {
  abstracts: abstractRow,
  abstractKeys: () => objectOf(KEY_FIELDS),
  abstractTexts: () => objectOf({ id: wholeNumber, ...TEXT_FIELDS }),
};
