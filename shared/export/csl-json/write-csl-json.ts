import { findArxivIds } from '../../identifiers/arxiv';
import { isCslType } from '../../references/csl-types';
import { tagKeywords } from '../tag-keywords';
import type { ExportEntry } from '../types';
import { cslName, cslVariables } from './csl-variables';

/** Variables the writer fills from the entry itself, never from its other fields. */
const OWN = new Set(['id', 'citation-key', 'type', 'title', 'author', 'issued', 'abstract', 'DOI', 'URL', 'container-title', 'keyword']);

/** The entries as a CSL-JSON file (a pretty-printed array), as citeproc, pandoc and Zotero read it. */
export function writeCslJson(entries: readonly ExportEntry[]): string {
  return `${JSON.stringify(entries.map(cslItem), null, 2)}\n`;
}

function cslItem(entry: ExportEntry): Record<string, unknown> {
  const type = entry.type !== null && isCslType(entry.type) ? entry.type : 'article';
  const item: Record<string, unknown> = { id: entry.citationKey, 'citation-key': entry.citationKey, type };
  const set = (variable: string, value: unknown): void => {
    if (value !== null && value !== '') item[variable] = value;
  };
  set('title', entry.title);
  if (entry.authors.length > 0) item.author = entry.authors.map(cslName);
  if (entry.year !== null) item.issued = { 'date-parts': [[entry.year]] };
  set('container-title', entry.venue);
  set('abstract', entry.abstract);
  set('DOI', entry.doi);
  set('URL', entry.url);
  set('keyword', keywordList(entry.tags));
  const variables = cslVariables(entry.fields, type, OWN);
  if (entry.arxiv !== null && !mentionsArxiv(entry)) {
    // Zotero's place for a preprint's arXiv id; our reader (and Zotero's) find it there again.
    if (variables.number === undefined) variables.number = `arXiv:${entry.arxiv}`;
    else variables.note = [variables.note, `arXiv:${entry.arxiv}`].filter((part) => typeof part === 'string').join('\n');
  }
  return { ...item, ...variables };
}

/** Tags as one `keyword` string: comma-separated, or semicolon-separated when a tag holds a comma. */
function keywordList(tags: readonly string[]): string | null {
  if (tags.length === 0) return null;
  const keywords = tagKeywords(tags);
  return keywords.join(keywords.some((keyword) => keyword.includes(',')) ? '; ' : ', ');
}

/** Whether the URL or DOI already names the arXiv id, so the reader finds it there. */
function mentionsArxiv(entry: ExportEntry): boolean {
  return [entry.url, entry.doi].some((value) => value !== null && findArxivIds(value).includes(entry.arxiv ?? ''));
}
