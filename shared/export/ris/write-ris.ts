import { findArxivIds } from '../../identifiers/arxiv';
import { familyWithParticle, splitName } from '../names';
import { tagKeywords } from '../tag-keywords';
import type { ExportEntry } from '../types';

/** RIS reference types by CSL type; anything else is a generic reference. */
const TYPES: Readonly<Record<string, string>> = {
  'article-journal': 'JOUR',
  'paper-conference': 'CONF',
  book: 'BOOK',
  chapter: 'CHAP',
  thesis: 'THES',
  report: 'RPRT',
};
/** Other fields (by the readers' lower-case names) and their RIS tags; pages become SP and EP. */
const FIELD_TAGS: readonly (readonly [tag: string, fields: readonly string[]])[] = [
  ['VL', ['volume']],
  ['IS', ['issue', 'number']],
  ['PB', ['publisher']],
  ['CY', ['publisher-place', 'address', 'location']],
  ['ET', ['edition']],
  ['SN', ['isbn', 'issn']],
];
const PAGE_RANGE = /^(\S+?)\s*[-‐‑–—]+\s*(\S+)$/u;
/** RIS is line-based and, by its specification, uses CR LF. */
const EOL = '\r\n';

/**
 * The entries as an RIS file. The citation key is written as `ID` (which JabRef and citation-js read as
 * the key) and as `LB`, EndNote's Label field, where EndNote users keep their BibTeX keys.
 */
export function writeRis(entries: readonly ExportEntry[]): string {
  return entries.map((entry) => risRecord(entry).join(EOL) + EOL).join(EOL);
}

function risRecord(entry: ExportEntry): string[] {
  const lines: string[] = [];
  const add = (tag: string, value: string | null | undefined): void => {
    const text = value?.trim() ?? '';
    if (text !== '') lines.push(`${tag}  - ${oneLine(text)}`);
  };
  add('TY', (entry.type === null ? undefined : TYPES[entry.type]) ?? 'GEN');
  add('ID', entry.citationKey);
  add('LB', entry.citationKey);
  add('TI', entry.title);
  for (const author of entry.authors) add('AU', risName(author));
  add('PY', entry.year === null ? null : String(entry.year));
  add('T2', entry.venue);
  for (const [tag, names] of FIELD_TAGS) add(tag, names.map((name) => entry.fields[name]).find((value) => value !== undefined));
  const pages = entry.fields.pages ?? entry.fields.page;
  const range = pages === undefined ? null : PAGE_RANGE.exec(pages.trim());
  add('SP', range === null ? pages : range[1]);
  add('EP', range?.[2]);
  add('DO', entry.doi);
  add('UR', entry.url);
  if (entry.arxiv !== null && !findArxivIds(`${entry.url ?? ''} ${entry.doi ?? ''}`).includes(entry.arxiv)) add('N1', `arXiv:${entry.arxiv}`);
  for (const keyword of tagKeywords(entry.tags)) add('KW', keyword);
  if (entry.abstract.trim() !== '') lines.push(`AB  - ${paragraphs(entry.abstract)}`);
  lines.push('ER  - ');
  return lines;
}

/**
 * "Family, Given" or "Family, Given, Suffix" (particles with the family; an empty given name keeps its
 * place, "Smith, , Jr."); an institution as written, without a comma, which readers keep whole.
 */
function risName(display: string): string {
  const name = splitName(display);
  if (name.kind === 'literal') return name.literal;
  const family = familyWithParticle(name);
  if (name.suffix !== '') return `${family}, ${name.given}, ${name.suffix}`;
  return name.given === '' ? family : `${family}, ${name.given}`;
}

/** A value on one line: line breaks inside it would start a new (continuation) line. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/gu, ' ');
}

/** An abstract's paragraphs on lines of their own, a blank line between them, as Zotero writes them. */
function paragraphs(abstract: string): string {
  return abstract
    .trim()
    .split(/\n\s*\n/u)
    .map((paragraph) => oneLine(paragraph.trim()))
    .join(`${EOL}${EOL}`);
}
