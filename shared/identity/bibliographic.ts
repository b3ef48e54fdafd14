import { aliasesOf, withAliases } from '../citekeys/aliases';
import type { BibliographicDraft } from '../import/plan-types';

/** An abstract's bibliographic fields when nothing is known. */
export function noBibliographicDraft(): BibliographicDraft {
  return { doi: null, arxiv: null, url: null, venue: null, type: null, citationKey: null, keywords: [], fields: {} };
}

/** A copy of the bibliographic fields of `source` (lists and objects copied, not shared). */
export function pickBibliographic(source: BibliographicDraft): BibliographicDraft {
  const { doi, arxiv, url, venue, type, citationKey, keywords, fields } = source;
  return { doi, arxiv, url, venue, type, citationKey, keywords: [...keywords], fields: { ...fields } };
}

/**
 * Keeps every value already known and takes the missing ones from `extra`: keywords are joined, and
 * other fields are added under names not already used. Never replaces an identifier, nor a citation
 * key: a key never changes once given, so the merged abstract keeps its own, and a different key
 * `extra` came with (the user's key from another reference manager) is kept as an alias in `ids`.
 */
export function fillBibliographic(known: BibliographicDraft, extra: BibliographicDraft): BibliographicDraft {
  const citationKey = known.citationKey ?? extra.citationKey;
  const aliases = [...aliasesOf(known.fields), ...aliasesOf(extra.fields), ...(extra.citationKey === null ? [] : [extra.citationKey])];
  return {
    doi: known.doi ?? extra.doi,
    arxiv: known.arxiv ?? extra.arxiv,
    url: known.url ?? extra.url,
    venue: known.venue ?? extra.venue,
    type: known.type ?? extra.type,
    citationKey,
    keywords: [...new Set([...known.keywords, ...extra.keywords])],
    fields: withAliases({ ...extra.fields, ...known.fields }, citationKey, aliases),
  };
}

/** Two records may be one paper only if they do not name two different DOIs (or arXiv ids). */
export function identifiersAgree(a: Pick<BibliographicDraft, 'doi' | 'arxiv'>, b: Pick<BibliographicDraft, 'doi' | 'arxiv'>): boolean {
  if (a.doi !== null && b.doi !== null && a.doi !== b.doi) return false;
  return !(a.arxiv !== null && b.arxiv !== null && a.arxiv !== b.arxiv);
}
