import { normalizeArxiv } from '../identifiers/arxiv';
import { normalizeDoi } from '../identifiers/doi';
import type { CaptureRecord, TextSpan } from '../capture/types';

/** What a format reader found in one entry, before it becomes a record. Absent means "not stated". */
export interface ReferenceEntry {
  /** The entry's range in the decoded text, and the 1-based line it starts on. */
  span: TextSpan;
  line: number;
  title?: string | null;
  /** "Given Family" strings; an institution as one string. */
  authors?: string[];
  year?: number | null;
  /** The abstract as plain Unicode, math as `$…$`. */
  abstract?: string | null;
  /** Raw DOI and arXiv values: normalised here, so every reader stores them alike. */
  doi?: string | null;
  arxiv?: string | null;
  url?: string | null;
  venue?: string | null;
  type?: string | null;
  citationKey?: string | null;
  keywords?: string[];
  /** Group or collection paths (`theory/sgd`); they become tags together with the keywords. */
  groups?: string[];
  fields?: Record<string, string>;
  language?: string | null;
}

/** What a format reader returns: the records it could read, and a warning per entry it could not. */
export interface ReferenceReadResult {
  records: CaptureRecord[];
  warnings: string[];
}

/** A reference entry as an import record: blank values become null, identifiers are normalised, tags deduplicated. */
export function referenceRecord(entry: ReferenceEntry): CaptureRecord {
  const keywords = cleanList(entry.keywords ?? []);
  const doi = entry.doi ? normalizeDoi(entry.doi) : null;
  return {
    role: 'entry',
    title: blankToNull(entry.title),
    authors: cleanList(entry.authors ?? []),
    year: entry.year ?? null,
    text: (entry.abstract ?? '').trim(),
    truncated: false,
    span: entry.span,
    quote: null,
    views: null,
    field: null,
    language: blankToNull(entry.language),
    line: entry.line,
    doi,
    arxiv: (entry.arxiv ? normalizeArxiv(entry.arxiv) : null) ?? arxivOfDoi(doi),
    url: blankToNull(entry.url),
    venue: blankToNull(entry.venue),
    type: blankToNull(entry.type),
    citationKey: blankToNull(entry.citationKey),
    keywords,
    tags: cleanList([...keywords.map(keywordTag), ...(entry.groups ?? [])]),
    fields: entry.fields ?? {},
  };
}

/** JabRef's hierarchical keyword separator (its exports, and ours, write the tag `theory/sgd` as `theory > sgd`). */
const KEYWORD_LEVEL = ' > ';

/**
 * The tag a keyword names: flat, unless it is a JabRef hierarchy (`theory > sgd` is `theory/sgd`). A
 * slash inside a keyword never nests it: "TCP/IP" becomes "TCP∕IP" (a division slash, which reads the same).
 */
function keywordTag(keyword: string): string {
  return keyword
    .split(KEYWORD_LEVEL)
    .map((level) => level.trim().replace(/\//gu, '\u2215'))
    .filter((level) => level !== '')
    .join('/');
}

/** arXiv's own DOIs (`10.48550/arxiv.2101.00001`) name the arXiv id too. */
function arxivOfDoi(doi: string | null): string | null {
  return doi?.startsWith('10.48550/arxiv.') ? normalizeArxiv(doi) : null;
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function cleanList(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim().replace(/\s+/gu, ' ')).filter((value) => value !== ''))];
}

/** The 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}
