import { splitName } from '../names';

/** A CSL name object, as the CSL-JSON schema defines it. */
export type CslName = { family?: string; given?: string; 'non-dropping-particle'?: string; suffix?: string } | { literal: string };

/** CSL's text and number variables (CSL-JSON schema 1.0) that a reference's other fields may fill. */
const TEXT_VARIABLES = [
  'annote', 'archive', 'archive_collection', 'archive_location', 'archive-place', 'authority', 'call-number',
  'chapter-number', 'collection-number', 'collection-title', 'container-title-short', 'dimensions', 'division',
  'edition', 'event-title', 'event-place', 'genre', 'ISBN', 'ISSN', 'issue', 'journalAbbreviation', 'jurisdiction',
  'medium', 'note', 'number', 'number-of-pages', 'number-of-volumes', 'original-publisher', 'original-publisher-place',
  'original-title', 'page', 'page-first', 'part', 'part-title', 'PMCID', 'PMID', 'printing', 'publisher',
  'publisher-place', 'references', 'reviewed-genre', 'reviewed-title', 'scale', 'section', 'shortTitle', 'source',
  'status', 'supplement', 'title-short', 'version', 'volume', 'volume-title', 'volume-title-short', 'year-suffix',
] as const;
const NAME_VARIABLES = ['editor', 'translator', 'collection-editor', 'container-author', 'contributor', 'director', 'illustrator', 'original-author', 'recipient', 'reviewed-author'] as const;
const DATE_VARIABLES = ['accessed', 'available-date', 'event-date', 'original-date', 'submitted'] as const;

/** BibTeX and BibLaTeX field names (as the BibTeX reader keeps them) and the CSL variable each fills. */
const BIBTEX_NAMES: Readonly<Record<string, string>> = {
  pages: 'page',
  address: 'publisher-place',
  location: 'publisher-place',
  series: 'collection-title',
  school: 'publisher',
  institution: 'publisher',
  chapter: 'chapter-number',
  shorttitle: 'title-short',
  pagetotal: 'number-of-pages',
  urldate: 'accessed',
  annotation: 'annote',
  type: 'genre',
  eventtitle: 'event-title',
  venue: 'event-place',
  shortjournal: 'container-title-short',
};

const BY_LOWER_CASE = new Map<string, string>([...TEXT_VARIABLES, ...NAME_VARIABLES, ...DATE_VARIABLES].map((name) => [name.toLowerCase(), name]));
const NAMES = new Set<string>(NAME_VARIABLES);
const DATES = new Set<string>(DATE_VARIABLES);
const ARTICLE_TYPES = new Set(['article-journal', 'article-magazine', 'article-newspaper']);

/** A display name as a CSL name: family, given, particle and suffix, or a literal (an institution). */
export function cslName(display: string): CslName {
  const name = splitName(display);
  if (name.kind === 'literal') return { literal: name.literal };
  const parts: CslName = {};
  if (name.family !== '') parts.family = name.family;
  if (name.given !== '') parts.given = name.given;
  if (name.particle !== '') parts['non-dropping-particle'] = name.particle;
  if (name.suffix !== '') parts.suffix = name.suffix;
  return parts;
}

/** The CSL variable a source field fills (BibTeX's `number` is an article's issue), or null when CSL has none. */
function variableOf(field: string, type: string): string | null {
  const lower = field.toLowerCase();
  if (lower === 'number' && ARTICLE_TYPES.has(type)) return 'issue';
  return BIBTEX_NAMES[lower] ?? BY_LOWER_CASE.get(lower) ?? null;
}

/** The entry's other fields as CSL variables, skipping those in `taken` and repeats. */
export function cslVariables(fields: Readonly<Record<string, string>>, type: string, taken: ReadonlySet<string>): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    const variable = variableOf(field, type);
    if (variable === null || taken.has(variable) || variable in variables || value.trim() === '') continue;
    if (NAMES.has(variable)) variables[variable] = value.split(/\s*;\s*/u).filter((person) => person !== '').map(cslName);
    else if (DATES.has(variable)) variables[variable] = { raw: value };
    else variables[variable] = value;
  }
  return variables;
}
