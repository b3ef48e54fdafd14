import type { ReferenceKeys } from '../../../shared/identity/reference-plan';
import { presentAbstracts } from '../abstracts/records';
import type { IdentifierKey } from '../abstracts/keys';
import type { LecternDB } from '../schema/database';
import type { AbstractRow } from '../schema/row-types';

/** Keys per index walk: each walk's sort takes a few milliseconds. */
const KEYS_PER_WALK = 2_000;

/**
 * The stored abstracts a reference import may merge into: those sharing a DOI, an arXiv id, a
 * title key, a text fingerprint or a snippet's prefix key with an incoming entry. Each kind of key
 * is walked in its index (anyOf) a slice of keys at a time: anyOf sorts its keys with Dexie's own
 * comparison before it starts, and for a 50,000-entry file that sort alone held the page for
 * hundreds of milliseconds.
 */
export async function findReferenceCandidates(keys: ReferenceKeys, database: LecternDB): Promise<Map<number, AbstractRow>> {
  const lookups: [IdentifierKey | 'fingerprint' | 'prefixKey', string[]][] = [
    ['doi', keys.dois],
    ['arxiv', keys.arxivIds],
    ['titleKey', keys.titleKeys],
    ['fingerprint', keys.fingerprints],
    ['prefixKey', keys.prefixKeys],
  ];
  const ids = new Set<number>();
  for (const [index, values] of lookups) {
    for (let from = 0; from < values.length; from += KEYS_PER_WALK) {
      for (const id of await database.abstractKeys.where(index).anyOf(values.slice(from, from + KEYS_PER_WALK)).primaryKeys()) ids.add(id);
    }
  }
  const rows = ids.size === 0 ? [] : await presentAbstracts([...ids], database);
  return new Map(rows.map((row) => [row.id, row]));
}
