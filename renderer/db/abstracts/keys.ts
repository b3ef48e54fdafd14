import type { LecternDB } from '../schema/database';
import type { StoredAbstractRow } from '../schema/row-types';

/**
 * The sort, source and identity keys of an abstract, indexed in their own table. They change only
 * when an import or an edit changes the abstract, whereas status and star change in bulk: keeping
 * their indexes off the abstracts table lets a bulk status change rewrite rows with two indexes
 * instead of ten (Chromium rewrites every index entry of a row it puts).
 */
export type AbstractKeysRow = Pick<
  StoredAbstractRow,
  'id' | 'uid' | 'fingerprint' | 'prefixKey' | 'createdAt' | 'updatedAt' | 'sortTitle' | 'year' | 'captureHashes' | IdentifierKey
>;

/** The identifier keys indexed since version 11: the evidence an import merges by, and `key:` search. */
export type IdentifierKey = 'doi' | 'arxiv' | 'citationKey' | 'titleKey';

export function keysOf(row: AbstractKeysRow): AbstractKeysRow {
  const { id, uid, fingerprint, prefixKey, createdAt, updatedAt, sortTitle, year, captureHashes } = row;
  const { doi, arxiv, citationKey, titleKey } = row;
  return { id, uid, fingerprint, prefixKey, createdAt, updatedAt, sortTitle, year, captureHashes, doi, arxiv, citationKey, titleKey };
}

/** The newest abstract update time, or 0 in an empty library. */
export async function lastUpdateTime(database: LecternDB): Promise<number> {
  const [last] = await database.abstractKeys.orderBy('updatedAt').reverse().limit(1).keys();
  return typeof last === 'number' ? last : 0;
}
