import type { ReferenceKeys } from '../../../shared/identity/reference-plan';
import { presentAbstracts } from '../abstracts/records';
import type { IdentifierKey } from '../abstracts/keys';
import type { LecternDB } from '../schema/database';
import type { AbstractRow } from '../schema/row-types';

/**
 * The stored abstracts a reference import may merge into: those sharing a DOI, an arXiv id, a
 * title key, a text fingerprint or a snippet's prefix key with an incoming entry. Each kind of key
 * is one sorted walk of its index (anyOf), however many entries the file holds.
 */
export async function findReferenceCandidates(keys: ReferenceKeys, database: LecternDB): Promise<Map<number, AbstractRow>> {
  const lookups: [IdentifierKey | 'fingerprint' | 'prefixKey', string[]][] = [
    ['doi', keys.dois],
    ['arxiv', keys.arxivIds],
    ['titleKey', keys.titleKeys],
    ['fingerprint', keys.fingerprints],
    ['prefixKey', keys.prefixKeys],
  ];
  const idLists = await Promise.all(
    lookups.map(([index, values]) => (values.length === 0 ? Promise.resolve([]) : database.abstractKeys.where(index).anyOf(values).primaryKeys())),
  );
  const ids = [...new Set(idLists.flat())];
  const rows = ids.length === 0 ? [] : await presentAbstracts(ids, database);
  return new Map(rows.map((row) => [row.id, row]));
}
