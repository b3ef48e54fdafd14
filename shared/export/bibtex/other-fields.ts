import type { BibtexDialect } from './entry-type';
import { bibtexNames } from './bibtex-names';
import { latexText } from './latex-text';

/** A source field (by its lower-case name, as BibTeX, CSL or RIS readers keep it) and what each dialect calls it; null: not written. */
type Names = readonly [bibtex: string | null, biblatex: string | null];

const FIELDS: Readonly<Record<string, Names>> = {
  volume: ['volume', 'volume'],
  number: ['number', 'number'],
  issue: ['number', 'number'],
  pages: ['pages', 'pages'],
  page: ['pages', 'pages'],
  publisher: ['publisher', 'publisher'],
  address: ['address', 'location'],
  location: ['address', 'location'],
  'publisher-place': ['address', 'location'],
  edition: ['edition', 'edition'],
  series: ['series', 'series'],
  'collection-title': ['series', 'series'],
  isbn: ['isbn', 'isbn'],
  issn: ['issn', 'issn'],
  note: ['note', 'note'],
  month: ['month', 'month'],
  chapter: ['chapter', 'chapter'],
  'chapter-number': ['chapter', 'chapter'],
  school: ['school', 'institution'],
  institution: ['institution', 'institution'],
  organization: ['organization', 'organization'],
  howpublished: ['howpublished', 'howpublished'],
  editor: ['editor', 'editor'],
  translator: ['translator', 'translator'],
  annote: ['annote', 'annotation'],
  type: ['type', 'type'],
  genre: ['type', 'type'],
  eid: ['eid', 'eid'],
  shorttitle: ['shorttitle', 'shorttitle'],
  'title-short': ['shorttitle', 'shorttitle'],
  subtitle: [null, 'subtitle'],
  pagetotal: [null, 'pagetotal'],
  'number-of-pages': [null, 'pagetotal'],
  'container-title-short': [null, 'shortjournal'],
  shortjournal: [null, 'shortjournal'],
  urldate: [null, 'urldate'],
  accessed: [null, 'urldate'],
  addendum: [null, 'addendum'],
  version: [null, 'version'],
};
/** Fields that list people: readers keep them as names joined with "; ". */
const NAME_FIELDS = new Set(['editor', 'translator']);
const PAGE_RANGE = /^(\S+?)\s*[-‐‑–—]+\s*(\S+)$/u;
const PLAIN = { math: false, protectCapitals: false } as const;

/**
 * The entry's other fields that BibTeX (or BibLaTeX) has a field for, as `[name, content]` in the
 * order of `fields`; names in `taken` (written already) and repeats are left out.
 */
export function otherFields(fields: Readonly<Record<string, string>>, dialect: BibtexDialect, taken: ReadonlySet<string>): [string, string][] {
  const written = new Set(taken);
  const out: [string, string][] = [];
  for (const [source, value] of Object.entries(fields)) {
    const names = FIELDS[source.toLowerCase()];
    const name = names?.[dialect === 'bibtex' ? 0 : 1] ?? null;
    if (name === null || written.has(name) || value.trim() === '') continue;
    written.add(name);
    out.push([name, fieldContent(name, value)]);
  }
  return out;
}

function fieldContent(name: string, value: string): string {
  if (NAME_FIELDS.has(name)) return bibtexNames(value.split(/\s*;\s*/u).filter((person) => person !== ''));
  const range = name === 'pages' ? PAGE_RANGE.exec(value.trim()) : null;
  if (range !== null) return `${latexText(range[1] ?? '', PLAIN)}--${latexText(range[2] ?? '', PLAIN)}`;
  return latexText(value, PLAIN);
}
