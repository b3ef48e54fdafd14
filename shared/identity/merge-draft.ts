import type { AbstractDraft, BibliographicDraft, ExistingAbstract, IncomingRecord } from '../import/plan-types';
import { fillBibliographic, noBibliographicDraft, pickBibliographic } from './bibliographic';
import { fingerprintOfNormalized, prefixKeyOfNormalized } from './fingerprint';
import { normalizeForIdentity } from './normalize';
import { compareSources, sourceKey, sourceOf } from './sources';

/** What one cluster of identical or prefix-related texts brings together. */
export interface ClusterContent {
  /** The abstract the cluster's records join, if the library already has one. */
  home: ExistingAbstract | null;
  /** True when `home` already holds the fullest text, which then stays as stored. */
  homeHasFullestText: boolean;
  /** New records with the fullest normalised text, complete ones first; may be empty when home has it. */
  fullest: IncomingRecord[];
  /** Whether every existing or incoming copy of the fullest text was cut by the portal. */
  fullestTruncated: boolean;
  /** Every new record of the cluster, fullest first, then longer texts first; sources not yet stored. */
  records: IncomingRecord[];
}

type Metadata = Pick<AbstractDraft, 'title' | 'authors' | 'year' | 'quote' | 'views' | 'field' | 'language' | keyof BibliographicDraft>;

const EMPTY_METADATA: Metadata = {
  title: null,
  authors: [],
  year: null,
  quote: null,
  views: null,
  field: null,
  language: null,
  ...noBibliographicDraft(),
};

/** The abstract a cluster becomes: fullest text, every provenance, metadata kept and filled in. */
export function buildMergedDraft(cluster: ClusterContent): AbstractDraft {
  const { home } = cluster;
  const textSource = cluster.homeHasFullestText || !cluster.fullest[0] ? null : cluster.fullest[0];
  const text = textSource?.record.text ?? home?.text ?? '';
  const display = textSource?.display ?? home?.display ?? { text, edits: [] };
  const normalized = normalizeForIdentity(text);

  const metadata = cluster.records.reduce<Metadata>(
    (merged, incoming) => fillMissing(merged, incoming.record),
    home ? pickMetadata(home) : EMPTY_METADATA,
  );

  const known = new Set((home?.sources ?? []).map(sourceKey));
  const added = cluster.records
    .map(sourceOf)
    .filter((source) => !known.has(sourceKey(source)))
    .sort(compareSources);

  return {
    text,
    display,
    truncated: cluster.fullestTruncated,
    fingerprint: fingerprintOfNormalized(normalized),
    prefixKey: prefixKeyOfNormalized(normalized),
    ...metadata,
    sources: [...(home?.sources ?? []), ...added],
  };
}

function pickMetadata(source: Metadata): Metadata {
  const { title, authors, year, quote, views, field, language } = source;
  return { title, authors: [...authors], year, quote, views, field, language, ...pickBibliographic(source) };
}

/** Keeps every value already known; takes the others from `extra`. */
function fillMissing(known: Metadata, extra: Metadata): Metadata {
  return {
    title: known.title ?? extra.title,
    authors: known.authors.length > 0 ? known.authors : [...extra.authors],
    year: known.year ?? extra.year,
    quote: known.quote ?? extra.quote,
    views: known.views ?? extra.views,
    field: known.field ?? extra.field,
    language: known.language ?? extra.language,
    ...fillBibliographic(known, extra),
  };
}
