import { findArxivIds } from '../identifiers/arxiv';
import type { TextSpan } from '../capture/types';
import { isCslType } from './csl-types';
import { cslNames, cslValueText, cslYear, scalarText } from './csl-values';
import type { CslItem } from './csl-values';
import type { ReferenceEntry } from './record';
import { splitKeywords } from './values';

/** Where a reference's venue may stand, in order: the container, else the event of a conference paper. */
const VENUE_KEYS = ['container-title', 'event-title', 'event'] as const;
/**
 * Types that stand alone, so their series is their venue (as a BibTeX book's `series` is): RIS puts a
 * book's or report's T2 there, and citation-js reads it as `collection-title`.
 */
const SERIES_VENUE_TYPES = new Set(['book', 'report']);
/** Fields that may name an arXiv id: Zotero puts `arXiv:2101.00001` in `number`, others in `note`. */
const ARXIV_KEYS = ['URL', 'number', 'note', 'archive_location'] as const;
/** Zotero's item ids are URLs or numbers; a citation key is one word that is neither. */
const KEY_LIKE_ID = /^[^\s/]+$/u;

/** A citation key from Better BibTeX's `citation-key`, else from an `id` that looks like one. */
function citationKeyOf(item: CslItem): { key: string | null; from: string[] } {
  const explicit = scalarText(item['citation-key']);
  // Better BibTeX writes the key as the id too; the id is then no field of its own.
  if (explicit !== null) return { key: explicit, from: item.id === explicit ? ['citation-key', 'id'] : ['citation-key'] };
  const id = typeof item.id === 'string' ? item.id.trim() : '';
  if (KEY_LIKE_ID.test(id) && !/^\d+$/u.test(id)) return { key: id, from: ['id'] };
  return { key: null, from: [] };
}

function keywordsOf(value: unknown): string[] {
  if (Array.isArray(value)) return (value as unknown[]).map(scalarText).filter((word) => word !== null);
  const text = scalarText(value);
  return text === null ? [] : splitKeywords(text);
}

/** Every field the record does not hold elsewhere, by its lower-case name, as text. */
function otherFields(item: CslItem, used: ReadonlySet<string>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(item)) {
    if (used.has(name)) continue;
    const text = cslValueText(value);
    if (text !== null) fields[name.toLowerCase()] = text;
  }
  return fields;
}

/** A CSL-JSON item (from a CSL-JSON file, or mapped from RIS) as a reference entry at `span`. */
export function entryFromCslItem(item: CslItem, span: TextSpan, line: number): ReferenceEntry {
  const used = new Set(['title', 'author', 'issued', 'abstract', 'DOI', 'URL', 'keyword', 'language']);
  const rawType = scalarText(item.type);
  const type = rawType !== null && isCslType(rawType) ? rawType : null;
  if (type !== null) used.add('type');
  const venueKeys = type !== null && SERIES_VENUE_TYPES.has(type) ? [...VENUE_KEYS, 'collection-title'] : VENUE_KEYS;
  const venueKey = venueKeys.find((key) => scalarText(item[key]) !== null);
  if (venueKey !== undefined) used.add(venueKey);
  const citation = citationKeyOf(item);
  for (const key of citation.from) used.add(key);
  const arxivSources = ARXIV_KEYS.map((key) => scalarText(item[key]) ?? '').join('\n');
  return {
    span,
    line,
    title: scalarText(item.title),
    authors: cslNames(item.author),
    year: cslYear(item.issued),
    abstract: scalarText(item.abstract),
    doi: scalarText(item.DOI),
    arxiv: findArxivIds(arxivSources)[0] ?? null,
    url: scalarText(item.URL),
    venue: venueKey === undefined ? null : scalarText(item[venueKey]),
    type,
    citationKey: citation.key,
    keywords: keywordsOf(item.keyword),
    language: scalarText(item.language),
    fields: otherFields(item, used),
  };
}
