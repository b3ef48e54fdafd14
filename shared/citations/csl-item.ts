import type { ExportEntry } from '../export/types';
import { cslName, type CslName } from './csl-name';
import { shield } from './shield';

/** The CSL-JSON item citeproc-js formats: only the fields the bundled styles print. */
export interface CitationItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': [[number]] };
  'container-title'?: string;
  DOI?: string;
  URL?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  'publisher-place'?: string;
  number?: string;
}

/** Other fields that styles print, by the lower-case names BibTeX, RIS and CSL-JSON sources use. */
type FieldName = 'volume' | 'issue' | 'page' | 'publisher' | 'publisher-place';

const FIELD_SOURCES: readonly [FieldName, readonly string[]][] = [
  ['volume', ['volume']],
  ['issue', ['issue', 'number']],
  ['page', ['page', 'pages']],
  ['publisher', ['publisher']],
  ['publisher-place', ['publisher-place', 'address']],
];

/** An entry without a type: a journal article when it names a venue, an arXiv preprint, else a document. */
function typeOf(entry: ExportEntry): string {
  if (entry.type !== null) return entry.type;
  if (entry.venue !== null) return 'article-journal';
  return entry.arxiv !== null ? 'article' : 'document';
}

/**
 * The CSL item of an export entry, its text shielded from citeproc's markup. The abstract is left
 * out: no bundled style prints it. `id` is the entry's library id, unique where citation keys
 * may not be yet.
 */
export function citationItem(entry: ExportEntry): CitationItem {
  const item: CitationItem = { id: String(entry.id), type: typeOf(entry), title: keepMath(shield(entry.title ?? entry.displayTitle)) };
  if (entry.authors.length > 0) item.author = entry.authors.map((author) => shieldName(cslName(author)));
  if (entry.year !== null) item.issued = { 'date-parts': [[entry.year]] };
  if (entry.venue !== null) item['container-title'] = keepMath(shield(entry.venue));
  if (entry.doi !== null) item.DOI = shield(entry.doi);
  const url = entry.url ?? (entry.arxiv === null ? null : `https://arxiv.org/abs/${entry.arxiv}`);
  if (url !== null) item.URL = shield(url);
  for (const [target, sources] of FIELD_SOURCES) {
    const source = sources.find((name) => (entry.fields[name] ?? '').trim() !== '');
    if (source === undefined) continue;
    const text = (entry.fields[source] ?? '').trim();
    // BibTeX writes a page range "1--10"; CSL wants one hyphen and sets the dash itself.
    item[target] = shield(target === 'page' ? text.replace(/-{2,}/gu, '-') : text);
  }
  if (entry.arxiv !== null && item.type === 'article' && item.number === undefined) {
    // How Zotero files an arXiv preprint, and what APA 7 prints: "(arXiv:2101.00001). arXiv."
    item.number = `arXiv:${shield(entry.arxiv)}`;
    item.publisher ??= 'arXiv';
  }
  return item;
}

/** `$…$` math as written: a style that title-cases ("Chicago") must not turn `$L_{p,q}$` into `$L_{p,Q}$`. */
function keepMath(text: string): string {
  return text.replace(/\$[^$]+\$/gu, (math) => `<span class="nocase">${math}</span>`);
}

function shieldName(name: CslName): CslName {
  const shielded: CslName = {};
  for (const [part, text] of Object.entries(name) as [keyof CslName, string][]) shielded[part] = shield(text);
  return shielded;
}
