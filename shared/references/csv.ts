import Papa from 'papaparse';
import type { TextSpan } from '../capture/types';
import { isCslType } from './csl-types';
import { splitAuthors } from './csv-authors';
import { planColumns } from './csv-columns';
import type { ColumnPlan } from './csv-columns';
import { hasTitleOrAbstract } from './entry-checks';
import { lineIndex } from './line-index';
import { referenceRecord } from './record';
import type { ReferenceEntry, ReferenceReadResult } from './record';
import { firstYear, splitKeywords } from './values';
import { atLine } from './warnings';

/** The delimiters reference tools write: comma (most), semicolon (European Excel), tab (Web of Science). */
const CSV_DELIMITERS = [',', ';', '\t'];

/** A citation key is one word; a numeric id is a row number, and Web of Science's ID column holds keywords. */
const CITATION_KEY = /^\S+$/u;

/** One row as papaparse read it, with where it stands in the text. */
interface Row {
  cells: string[];
  span: TextSpan;
  unclosedQuote: boolean;
}

/**
 * The delimiter papaparse finds most consistent over the first rows. Blank lines are left out of the guess:
 * in a file of one data row the empty last line would make every delimiter look inconsistent.
 */
export function guessDelimiter(text: string): string {
  return Papa.parse<string[]>(text, { delimitersToGuess: CSV_DELIMITERS, preview: 10, skipEmptyLines: 'greedy' }).meta
    .delimiter;
}

/** Every row with its span: papaparse's cursor after each row says where the next one starts. */
function readRows(text: string): Row[] {
  const rows: Row[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    step: (result) => {
      const cursor = Math.min(result.meta.cursor, text.length);
      const end = text.charAt(cursor - 1) === '\n' ? cursor - 1 : cursor;
      const unclosedQuote = result.errors.some((error) => error.code === 'MissingQuotes');
      rows.push({ cells: result.data, span: { start, end: Math.max(start, end) }, unclosedQuote });
      start = cursor;
    },
  });
  return rows;
}

function isBlankRow(row: Row): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

/** A CSV row as a reference entry, its columns read as `plan` says. */
function entryOfRow(row: Row, plan: ColumnPlan, line: number): ReferenceEntry {
  const cell = (index: number | undefined): string => (index === undefined ? '' : (row.cells[index] ?? '').trim());
  const { single } = plan;
  const type = cell(single.type);
  const key = cell(single.key);
  const fields: Record<string, string> = {};
  const nameOf = (index: number): string => plan.names[index] ?? `column ${index + 1}`;
  for (const index of plan.fields) if (cell(index) !== '') fields[nameOf(index)] = cell(index);
  if (type !== '' && !isCslType(type) && single.type !== undefined) fields[nameOf(single.type)] = type;
  const keyLike = CITATION_KEY.test(key) && !/^\d+$/u.test(key);
  if (key !== '' && !keyLike && single.key !== undefined) fields[nameOf(single.key)] = key;
  return {
    span: row.span,
    line,
    title: cell(single.title),
    authors: splitAuthors(cell(single.authors)),
    year: firstYear(cell(single.year)),
    abstract: cell(single.abstract),
    doi: cell(single.doi),
    url: cell(single.url),
    venue: cell(single.venue),
    type: isCslType(type) ? type : null,
    citationKey: keyLike ? key : null,
    keywords: plan.keywords.flatMap((index) => splitKeywords(cell(index))),
    fields,
  };
}

/**
 * Reads a CSV export (Scopus, Web of Science, Zotero, Rayyan, ASReview…): the first row names the
 * columns, matched loosely by name; every column not read into the record is kept in its fields.
 */
export function parseCsv(text: string): ReferenceReadResult {
  const rows = readRows(text).filter((row) => !isBlankRow(row));
  const [header, ...data] = rows;
  const result: ReferenceReadResult = { records: [], warnings: [] };
  if (header === undefined) return result;
  const lineAt = lineIndex(text);
  const plan = planColumns(header.cells);
  if (plan.single.title === undefined && plan.single.abstract === undefined) {
    result.warnings.push(atLine(lineAt(header.span.start), 'the header row names no title or abstract column.'));
    return result;
  }
  for (const row of data) {
    const line = lineAt(row.span.start);
    if (row.unclosedQuote) {
      result.warnings.push(atLine(line, 'a quoted cell is never closed; the rest of the file was skipped.'));
      continue;
    }
    const entry = entryOfRow(row, plan, line);
    if (hasTitleOrAbstract(entry)) result.records.push(referenceRecord(entry));
    else result.warnings.push(atLine(line, 'the row has neither a title nor an abstract and was skipped.'));
  }
  return result;
}
