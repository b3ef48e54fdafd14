import { isCslType } from '../references/csl-types';
import { cslName, cslVariables } from '../export/csl-json/csl-variables';
import type { ExportEntry } from '../export/types';
import { shield } from './shield';

/** The CSL-JSON item citeproc-js formats: `id` and `type`, the rest as CSL variables. */
export interface CitationItem {
  id: string;
  type: string;
  [variable: string]: unknown;
}

/** Variables filled from the entry itself, never from its other fields (as the CSL-JSON writer does). */
const OWN = new Set(['id', 'citation-key', 'type', 'title', 'author', 'issued', 'abstract', 'DOI', 'URL', 'container-title', 'keyword']);

/** An entry without a type: a journal article when it names a venue, an arXiv preprint, else a document. */
function typeOf(entry: ExportEntry): string {
  if (entry.type !== null && isCslType(entry.type)) return entry.type;
  if (entry.venue !== null) return 'article-journal';
  return entry.arxiv !== null ? 'article' : 'document';
}

/**
 * The CSL item of an export entry, every text shielded from citeproc's markup. Names and other
 * fields map as the CSL-JSON writer maps them (shared/export/csl-json). The abstract and keywords
 * are left out: no bundled style prints them. `id` is the entry's library id, unique where
 * citation keys may not be.
 */
export function citationItem(entry: ExportEntry): CitationItem {
  const type = typeOf(entry);
  const item: CitationItem = { id: String(entry.id), type, title: keepMath(shield(entry.title ?? entry.displayTitle)) };
  if (entry.authors.length > 0) item.author = entry.authors.map((author) => shieldAll(cslName(author)));
  if (entry.year !== null) item.issued = { 'date-parts': [[entry.year]] };
  if (entry.venue !== null) item['container-title'] = keepMath(shield(entry.venue));
  if (entry.doi !== null) item.DOI = shield(entry.doi);
  const url = entry.url ?? (entry.arxiv === null ? null : `https://arxiv.org/abs/${entry.arxiv}`);
  if (url !== null) item.URL = shield(url);
  const variables = shieldAll(cslVariables(entry.fields, type, OWN));
  if (typeof variables.page === 'string') variables.page = variables.page.replace(/-{2,}/gu, '-');
  if (entry.arxiv !== null && type === 'article' && variables.number === undefined) {
    // How Zotero files an arXiv preprint, and what APA 7 prints: "(arXiv:2101.00001). arXiv."
    variables.number = `arXiv:${shield(entry.arxiv)}`;
    variables.publisher ??= 'arXiv';
  }
  return { ...variables, ...item };
}

/** `$…$` math as written: a style that title-cases (Chicago) must not turn `$L_{p,q}$` into `$L_{p,Q}$`. */
function keepMath(text: string): string {
  return text.replace(/\$[^$]+\$/gu, (math) => `<span class="nocase">${math}</span>`);
}

/** Every string in a CSL value (names, dates, lists) shielded. */
function shieldAll<T>(value: T): T {
  if (typeof value === 'string') return shield(value) as T;
  if (Array.isArray(value)) return value.map((part: unknown) => shieldAll(part)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, part]) => [key, shieldAll(part as unknown)])) as T;
  }
  return value;
}
