import Papa from 'papaparse';
import type { ReferenceFormat } from '../capture/types';
import { roleOfHeader } from './csv-columns';
import { guessDelimiter } from './csv';

/** A byte-order mark, or one read in the wrong encoding ("ï»¿"), or a zero-width space before the content. */
const LEADING_JUNK = /^(?:\uFEFF|\u00EF\u00BB\u00BF|\u200B)+/u;
/** BibTeX's first entry: `@article{`, `@string(`, `@comment{`… */
const BIBTEX_ENTRY = /^@\s*[A-Za-z]+\s*[{(]/u;
/** RIS tags are two characters, two spaces and a dash; the first record's TY line opens the file. */
const RIS_TYPE_LINE = /^\s*TY {2}-(?:[ \t]|$)/u;
/** Some databases put a few header lines (Provider, Content) before the first record. */
const RIS_SEARCH_LINES = 10;
/** Keys every CSL item carries some of. */
const CSL_KEYS = ['type', 'title', 'author', 'issued', 'id'];
/** A JSON file that fails to parse is still CSL-JSON if it is written with CSL keys, so its error can be told. */
const CSL_KEY_IN_TEXT = /"(type|title|author|issued|id|DOI|container-title)"\s*:/gu;
const MAX_HEADER_CELL_LENGTH = 100;

function meaningfulLines(text: string): string[] {
  return text
    .replace(LEADING_JUNK, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Old JabRef versions open a file with two lines that are not `%` comments. */
const JABREF_HEADER = /^(?:This file was created with JabRef|Encoding: \S+$)/u;

/** The first content, after blank lines and `%` comments (JabRef and BibDesk open with one), is an entry. */
function isBibtex(lines: readonly string[]): boolean {
  const first = lines.find((line) => !line.startsWith('%') && !JABREF_HEADER.test(line));
  return first !== undefined && BIBTEX_ENTRY.test(first);
}

function isRis(lines: readonly string[]): boolean {
  return lines.slice(0, RIS_SEARCH_LINES).some((line) => RIS_TYPE_LINE.test(line));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Valid JSON whose items are objects with at least two CSL keys; or broken JSON written with two of them. */
function isCslJson(text: string): boolean {
  const trimmed = text.replace(LEADING_JUNK, '').trim();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return false;
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    const keys = new Set([...trimmed.slice(0, 4096).matchAll(CSL_KEY_IN_TEXT)].map((match) => match[1]));
    return keys.size >= 2;
  }
  const items: unknown[] = Array.isArray(data) ? (data as unknown[]) : [data];
  return items.some((item) => isObject(item) && CSL_KEYS.filter((key) => key in item).length >= 2);
}

/**
 * A header row of at least two short, named columns, one of them a title or abstract column, and (when
 * the file has a data row) a first data row with as many cells: prose with commas is none of this.
 */
function isCsv(text: string): boolean {
  const content = text.replace(LEADING_JUNK, '');
  const { data } = Papa.parse<string[]>(content, { delimiter: guessDelimiter(content), preview: 2, skipEmptyLines: 'greedy' });
  const [header, firstRow] = data;
  if (header === undefined || header.length < 2) return false;
  if (header.some((cell) => cell.trim() === '' || cell.length > MAX_HEADER_CELL_LENGTH)) return false;
  const named = header.some((cell) => {
    const role = roleOfHeader(cell);
    return role === 'title' || role === 'abstract';
  });
  return named && (firstRow === undefined || firstRow.length === header.length);
}

/**
 * Which reference format the text is in, from its content alone (never the file name), or null for a
 * web-page capture. Checked from the most distinctive opening to the least: BibTeX, RIS, CSL-JSON, CSV.
 */
export function detectReferenceFormat(text: string): ReferenceFormat | null {
  const lines = meaningfulLines(text.slice(0, 64 * 1024));
  if (isBibtex(lines)) return 'bibtex';
  if (isRis(lines)) return 'ris';
  if (isCslJson(text)) return 'csl-json';
  if (isCsv(text)) return 'csv';
  return null;
}
