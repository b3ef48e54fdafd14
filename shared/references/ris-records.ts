import type { TextSpan } from '../capture/types';
import { atLine } from './warnings';

/** A tag line: two characters (a capital, then a capital or digit), two spaces, a dash, then the value. */
const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?:[ \t](.*))?$/u;

/** Tags whose text may run over paragraphs: a blank line inside their value is a paragraph break (Zotero writes them so). */
const PARAGRAPH_TAGS = new Set(['AB', 'N2', 'N1']);

/** One TY … ER record as written: each tag's values in order, continuation lines joined to the value above. */
export interface RisRecord {
  span: TextSpan;
  /** The 1-based line of its TY line. */
  line: number;
  tags: Map<string, string[]>;
}

interface OpenRecord extends RisRecord {
  lastValue: { tag: string; index: number } | null;
}

interface TextLine {
  number: number;
  start: number;
  /** End of the line's content, trailing blank space excluded. */
  end: number;
  content: string;
}

/** Blank space at a line's edges: spaces, tabs, a stray CR or form feed, NBSP, a BOM. */
function isEdgeSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0c || code === 0x0b || code === 0xa0 || code === 0xfeff;
}

/** Each line trimmed, with the offsets of its content; the line is sliced once. */
function* linesOf(text: string): Generator<TextLine> {
  let lineStart = 0;
  for (let number = 1; lineStart <= text.length; number += 1) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isEdgeSpace(text.charCodeAt(start))) start += 1;
    while (end > start && isEdgeSpace(text.charCodeAt(end - 1))) end -= 1;
    yield { number, start, end, content: text.slice(start, end) };
    if (newline === -1) return;
    lineStart = newline + 1;
  }
}

/**
 * Splits RIS text into TY … ER records. A record whose ER line is missing is read up to the next TY line
 * (or the end of the file) and reported; lines outside any record are skipped and reported once per run.
 */
export function splitRisRecords(text: string): { records: RisRecord[]; warnings: string[] } {
  const records: RisRecord[] = [];
  const warnings: string[] = [];
  let open: OpenRecord | null = null;
  let strayRun = false;
  let afterBlank = false;
  for (const line of linesOf(text)) {
    if (line.content === '') {
      afterBlank = true;
      continue;
    }
    const paragraphBreak = afterBlank;
    afterBlank = false;
    const tagLine = TAG_LINE.exec(line.content);
    const tag = tagLine?.[1];
    const value = (tagLine?.[2] ?? '').trim();
    if (tag === 'TY') {
      if (open !== null) {
        warnings.push(atLine(open.line, `the record has no ER line; it was read up to the next TY line (line ${line.number}).`));
        records.push(closed(open));
      }
      open = { span: { start: line.start, end: line.end }, line: line.number, tags: new Map([['TY', [value]]]), lastValue: null };
      strayRun = false;
    } else if (open === null) {
      if (!strayRun) warnings.push(atLine(line.number, 'text outside a TY … ER record was skipped.'));
      strayRun = true;
    } else {
      open.span.end = line.end;
      if (tag === 'ER') {
        records.push(closed(open));
        open = null;
      } else if (tag !== undefined) {
        open.lastValue = value === '' ? null : addValue(open.tags, tag, value);
      } else if (open.lastValue !== null) {
        // RIS wraps long values onto lines of their own.
        const joint = paragraphBreak && PARAGRAPH_TAGS.has(open.lastValue.tag) ? '\n\n' : ' ';
        appendToValue(open.tags, open.lastValue, joint, line.content);
      }
    }
  }
  if (open !== null) {
    warnings.push(atLine(open.line, 'the record has no ER line; it was read up to the end of the file.'));
    records.push(closed(open));
  }
  return { records, warnings };
}

function closed({ span, line, tags }: OpenRecord): RisRecord {
  return { span: { ...span }, line, tags };
}

function addValue(tags: Map<string, string[]>, tag: string, value: string): { tag: string; index: number } {
  const values = tags.get(tag) ?? [];
  values.push(value);
  tags.set(tag, values);
  return { tag, index: values.length - 1 };
}

function appendToValue(tags: Map<string, string[]>, at: { tag: string; index: number }, joint: string, more: string): void {
  const values = tags.get(at.tag);
  if (values !== undefined) values[at.index] = `${values[at.index] ?? ''}${joint}${more}`;
}
