import { findArxivIds } from '../identifiers/arxiv';
import { findDois } from '../identifiers/doi';
import type { CaptureRecord, TextSpan } from './types';

/** A web link in prose, up to the first space or markup character; trailing punctuation is trimmed after. */
const LINK = /\bhttps?:\/\/[^\s<>"'`{}|\\^]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?'’”)\]]+$/u;

interface Identifiers {
  doi: string | null;
  arxiv: string | null;
  url: string | null;
}

function linksIn(text: string): string[] {
  return [...text.matchAll(LINK)].map((match) => {
    const link = match[0];
    const opens = (link.match(/\(/gu) ?? []).length;
    // `(https://doi.org/10.1000/a(b))`: a link keeps the parentheses it opened.
    return link.replace(TRAILING_PUNCTUATION, (tail) => (opens > 0 && tail.startsWith(')') ? ')' : ''));
  });
}

/** The link that leads to the paper: one naming its DOI or its arXiv id. */
function paperLink(links: readonly string[], doi: string | null, arxiv: string | null): string | null {
  const named = links.find(
    (link) => (doi !== null && findDois(link).includes(doi)) || (arxiv !== null && findArxivIds(link).includes(arxiv)),
  );
  return named ?? null;
}

function identifiersIn(text: string): Identifiers {
  const doi = findDois(text)[0] ?? null;
  const arxiv = findArxivIds(text)[0] ?? null;
  return { doi, arxiv, url: paperLink(linksIn(text), doi, arxiv) };
}

/** The text that lies in no record's span: the page header, link lines, labels and footers. */
function textOutside(text: string, spans: readonly TextSpan[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start > at) pieces.push(text.slice(at, span.start));
    at = Math.max(at, span.end);
  }
  pieces.push(text.slice(at));
  return pieces.join('\n');
}

/** The one identifier of a kind written outside the records (and in no other record), or null if none or several. */
function onlyOne(found: readonly string[], taken: ReadonlySet<string>): string | null {
  const free = found.filter((id) => !taken.has(id));
  return free.length === 1 ? (free[0] ?? null) : null;
}

/**
 * Stores the DOIs and arXiv ids a capture names on its records. Each record gets the first of each
 * written in its own span, and the link to the paper when one is there. The page's own (main) records
 * also get an identifier written elsewhere on the page, in the header above the abstract or on a link
 * line, when exactly one distinct identifier of that kind stands outside every record.
 */
export function withIdentifiers(text: string, records: readonly CaptureRecord[]): CaptureRecord[] {
  const own = records.map((record) => identifiersIn(text.slice(record.span.start, record.span.end)));
  const outside = textOutside(text, records.map((record) => record.span));
  const takenDois = new Set(own.flatMap((ids) => (ids.doi === null ? [] : [ids.doi])));
  const takenArxiv = new Set(own.flatMap((ids) => (ids.arxiv === null ? [] : [ids.arxiv])));
  const pageDoi = onlyOne(findDois(outside), takenDois);
  const pageArxiv = onlyOne(findArxivIds(outside), takenArxiv);
  const outsideLinks = linksIn(outside);
  return records.map((record, i) => {
    const ids = own[i] ?? { doi: null, arxiv: null, url: null };
    if (record.role !== 'main') return { ...record, ...ids };
    const fromPage = { doi: ids.doi === null ? pageDoi : null, arxiv: ids.arxiv === null ? pageArxiv : null };
    const url = ids.url ?? paperLink(outsideLinks, fromPage.doi, fromPage.arxiv);
    return { ...record, doi: ids.doi ?? fromPage.doi, arxiv: ids.arxiv ?? fromPage.arxiv, url };
  });
}
