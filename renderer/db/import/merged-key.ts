import { aliasesOf, withAliases } from '../../../shared/citekeys';
import type { CitationKeys } from '../abstracts/citation-keys';
import type { AbstractRow } from '../schema/row-types';

/**
 * A merged row with the stored abstract's key (it never changes on import; only an abstract stored
 * before keys existed gets one here), and without aliases another abstract uses as its key, which
 * would make the alias ambiguous in a document that cites both.
 */
export function keyedMerge(merged: AbstractRow, stored: AbstractRow, keys: CitationKeys): AbstractRow {
  const citationKey = stored.citationKey ?? keys.claim(merged);
  const aliases = aliasesOf(merged.fields);
  const free = aliases.filter((alias) => alias !== citationKey && !keys.has(alias));
  if (citationKey === merged.citationKey && free.length === aliases.length) return merged;
  return { ...merged, citationKey, fields: withAliases(merged.fields, citationKey, free) };
}
