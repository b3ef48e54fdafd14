import { aliasesOf, withAliases } from '../../../shared/citekeys';
import { sourceKey } from '../../../shared/identity/sources';
import { titleKeyOf } from '../../../shared/identity/title-key';
import { captureHashesOf, sortTitleOf } from '../abstracts/rows';
import type { AbstractRow } from '../schema/row-types';
import type { MergeChoices, MergeField } from './merge-fields';

/** Lists joined without repeats, the first list's order first. */
function union<T>(first: readonly T[], second: readonly T[], keyOf: (item: T) => string = String): T[] {
  const seen = new Set(first.map(keyOf));
  return [...first, ...second.filter((item) => !seen.has(keyOf(item)))];
}

/**
 * The survivor as a merge leaves it: the chosen value of each field the dialog asked about (the
 * text with its display form and identity keys), every source, keyword and other field of both
 * (the survivor's value where both name a field), and the survivor's id and age.
 */
export function mergedRow(survivor: AbstractRow, loser: AbstractRow, choices: MergeChoices, now: number): AbstractRow {
  const from = (field: MergeField): AbstractRow => (choices[field] === 'loser' ? loser : survivor);
  const text = from('text');
  const { citationKey } = from('citationKey');
  // The key not chosen stays citable as an alias (BibLaTeX `ids`), as an import's merge keeps one.
  const aliases = [...aliasesOf(survivor.fields), ...aliasesOf(loser.fields), survivor.citationKey, loser.citationKey].filter((key): key is string => key !== null);
  const sources = union(survivor.sources, loser.sources, sourceKey);
  const merged: AbstractRow = {
    ...survivor,
    title: from('title').title,
    authors: [...from('authors').authors],
    year: from('year').year,
    text: text.text,
    display: text.display,
    truncated: text.truncated,
    fingerprint: text.fingerprint,
    prefixKey: text.prefixKey,
    doi: from('doi').doi,
    arxiv: from('arxiv').arxiv,
    url: from('url').url,
    venue: from('venue').venue,
    type: from('type').type,
    citationKey,
    keywords: union(survivor.keywords, loser.keywords),
    fields: withAliases({ ...loser.fields, ...survivor.fields }, citationKey, aliases),
    quote: survivor.quote ?? loser.quote,
    views: survivor.views ?? loser.views,
    field: survivor.field ?? loser.field,
    language: survivor.language ?? loser.language,
    sources,
    captureHashes: captureHashesOf(sources),
    status: from('status').status,
    updatedAt: now,
  };
  // An unstarred row leaves the field out (see StoredAbstractRow.starred).
  delete merged.starred;
  const withStar: AbstractRow = from('starred').starred === 1 ? { ...merged, starred: 1 } : merged;
  return { ...withStar, sortTitle: sortTitleOf(withStar), titleKey: titleKeyOf(withStar) };
}
