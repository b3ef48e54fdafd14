import { cslTypeLabel } from '../../../shared/references/csl-type-labels';
import { isExternalHttpUrl } from '../../../shared/ipc/values';
import type { AbstractRow } from '../../db/schema/row-types';

/** One line of the reader's Details list. */
export type DetailEntry =
  | { kind: 'text'; term: string; value: string }
  /** Opens `href` in the system browser; `value` is what the line shows. */
  | { kind: 'link'; term: string; value: string; href: string }
  | { kind: 'citation-key'; term: string; value: string };

type DetailsSource = Pick<AbstractRow, 'type' | 'venue' | 'doi' | 'arxiv' | 'url' | 'citationKey' | 'keywords' | 'fields'>;

/** Other fields that say where in the venue the work is: shown right after it, in citation order. */
const PLACE_FIELDS = ['volume', 'issue', 'number', 'pages', 'page', 'publisher', 'edition', 'series'];

/** Names whose words ran together when lower-cased (CSL's camelCase, BibTeX's own), and RIS tags worth spelling out. */
const FIELD_TERMS: Readonly<Record<string, string>> = {
  page: 'Pages',
  isbn: 'ISBN',
  issn: 'ISSN',
  pmid: 'PubMed ID',
  pmcid: 'PubMed Central ID',
  howpublished: 'How published',
  booktitle: 'Book title',
  eprint: 'E-print',
  eprinttype: 'E-print type',
  urldate: 'Accessed',
  journalabbreviation: 'Journal abbreviation',
  shorttitle: 'Short title',
  // BibLaTeX's other keys of an entry: what a merge keeps of a key it did not keep.
  ids: 'Also cited as',
  ad: 'Author address',
  an: 'Accession number',
  pb: 'Publisher',
  cy: 'Place',
  j9: 'Journal abbreviation',
};

/** Two characters are a RIS tag (`an`, `j9`) or an `id`: shown in capitals as their source writes them. */
const SHORT_NAME = 2;

/** A source's field name as a term: `container-title` → "Container title", `j2` → "J2". */
export function fieldTerm(name: string): string {
  const known = FIELD_TERMS[name];
  if (known !== undefined) return known;
  if (name.length <= SHORT_NAME) return name.toUpperCase();
  const words = name.replace(/[-_]+/gu, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function doiLink(doi: string): string {
  return `https://doi.org/${encodeURIComponent(doi).replaceAll('%2F', '/')}`;
}

function fieldEntries(fields: Readonly<Record<string, string>>, names: readonly string[]): DetailEntry[] {
  return names.flatMap((name) => {
    const value = fields[name]?.trim() ?? '';
    return value === '' ? [] : [{ kind: 'text' as const, term: fieldTerm(name), value }];
  });
}

/**
 * What the reader's Details list shows, in the order of a citation: type and venue, where in the
 * venue, the identifiers, the citation key and keywords, then every other field by name. A field
 * that is empty is left out; an abstract with none gets no entries.
 */
export function detailEntries(row: DetailsSource): DetailEntry[] {
  const entries: DetailEntry[] = [];
  const text = (term: string, value: string | null): void => {
    if (value !== null && value.trim() !== '') entries.push({ kind: 'text', term, value: value.trim() });
  };
  if (row.type !== null) text('Type', cslTypeLabel(row.type));
  text('Venue', row.venue);
  const fields = row.fields;
  const present = PLACE_FIELDS.filter((name) => Object.hasOwn(fields, name));
  entries.push(...fieldEntries(fields, present));
  if (row.doi !== null) entries.push({ kind: 'link', term: 'DOI', value: row.doi, href: doiLink(row.doi) });
  if (row.arxiv !== null) entries.push({ kind: 'link', term: 'arXiv', value: row.arxiv, href: `https://arxiv.org/abs/${row.arxiv}` });
  if (row.url !== null && isExternalHttpUrl(row.url)) entries.push({ kind: 'link', term: 'URL', value: row.url, href: row.url });
  else text('URL', row.url);
  if (row.citationKey !== null && row.citationKey.trim() !== '') entries.push({ kind: 'citation-key', term: 'Citation key', value: row.citationKey });
  text('Keywords', row.keywords.join(', '));
  const others = Object.keys(fields)
    .filter((name) => !PLACE_FIELDS.includes(name))
    .sort((a, b) => a.localeCompare(b, 'en'));
  entries.push(...fieldEntries(fields, others));
  return entries;
}
