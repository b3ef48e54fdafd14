import { isBlankLine } from './classify';
import type { ClassifiedLine } from './classify';
import { parseViewsHeader } from './metadata';
import type { ViewsHeader } from './metadata';
import { isMetadataLine, readPageHeader } from './portal-header';
import type { PageHeader } from './portal-header';
import { findPreviewLines } from './preview';
import { languageOfScript, recordFromLines } from './record';
import { endsSentence, isInterfacePrompt } from './shape';
import type { CaptureRecord } from './types';

export interface Segmented {
  records: CaptureRecord[];
  warnings: string[];
}

/** The portal cuts related abstracts at this many characters and trims the trailing space. */
const PORTAL_CUT = 250;
/** A snippet this close to the cut may have been cut right after a full stop. */
const CUT_WINDOW = 10;

/**
 * Reads an Arabic- or English-interface portal page: the lines above the first abstract are the page header,
 * the first abstract (on full pages, the run of paragraphs up to the next interface line) is the main one, and
 * every later abstract line is a related one, with any `VIEWS - Authors YEAR` line above it as its metadata.
 */
export function parsePortal(text: string, lines: readonly ClassifiedLine[]): Segmented {
  const warnings: string[] = [];
  const isContent = (line: ClassifiedLine): boolean => line.prose && !isInterfacePrompt(line.content);
  const previews = findPreviewLines(lines, isContent);
  const isAbstract = (line: ClassifiedLine): boolean =>
    isContent(line) && !previews.has(line.index) && parseViewsHeader(line.content) === null;

  const first = firstAbstract(lines, isAbstract);
  if (first === -1) return { records: [], warnings: ['No abstract was found on this portal page.'] };
  const header = readPageHeader(lines.slice(0, first));
  const isPassable = (line: ClassifiedLine): boolean => isBlankLine(line) || previews.has(line.index);
  const main = mainGroup(lines, first, header.full, { isAbstract, isPassable });
  const records = mainRecords(text, main.lines, header);
  records.push(...relatedRecords(text, lines.slice(main.end), isAbstract, warnings));
  return { records, warnings };
}

/** A line this long is an abstract, never a title: the page header is over by then. */
const SURE_ABSTRACT_LENGTH = 200;
/** Metadata stands within a few lines of the title; a stats-like line further down is something else. */
const HEADER_REACH = 20;

/**
 * The main abstract comes after the page's metadata: a title that ends with a full stop reads like a sentence,
 * but a stats or labelled line below it shows it was part of the header.
 */
function firstAbstract(
  lines: readonly ClassifiedLine[],
  isAbstract: (line: ClassifiedLine) => boolean,
): number {
  let candidate = -1;
  for (const line of lines) {
    if (candidate !== -1 && line.index - candidate > HEADER_REACH) break;
    if (isMetadataLine(line)) candidate = -1;
    else if (isAbstract(line)) {
      if (candidate === -1) candidate = line.index;
      if (line.shape.length >= SURE_ABSTRACT_LENGTH) break;
    }
  }
  return candidate;
}

interface LineKinds {
  isAbstract: (line: ClassifiedLine) => boolean;
  /** Lines a run of paragraphs may cross: blank lines and previews. */
  isPassable: (line: ClassifiedLine) => boolean;
}

interface MainGroup {
  lines: ClassifiedLine[];
  /** Index of the first line after the group. */
  end: number;
}

/** Compact pages give one line to the main abstract; full pages give it every paragraph up to the next interface line. */
function mainGroup(
  lines: readonly ClassifiedLine[],
  first: number,
  full: boolean,
  kinds: LineKinds,
): MainGroup {
  const { isAbstract } = kinds;
  const group = runFrom(lines, first, full, kinds);
  // An Arabic abstract comes with the same paper's abstract in English right after it.
  if (group.lines.every((line) => line.script === 'arabic')) {
    const next = lines.findIndex((line, i) => i >= group.end && isAbstract(line));
    if (next !== -1) {
      const english = runFrom(lines, next, full, kinds);
      return { lines: [...group.lines, ...english.lines], end: english.end };
    }
  }
  return group;
}

/** From `first`, the abstract lines up to the next interface line (on compact pages, up to the next abstract). */
function runFrom(
  lines: readonly ClassifiedLine[],
  first: number,
  full: boolean,
  { isAbstract, isPassable }: LineKinds,
): MainGroup {
  const run: ClassifiedLine[] = [];
  let i = first;
  for (; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === undefined || (!isAbstract(line) && !isPassable(line))) break;
    if (!isAbstract(line)) continue;
    if (!full && run.length > 0) break;
    run.push(line);
  }
  return { lines: run, end: i };
}

/** Paragraphs in one script form one record; an Arabic abstract and its English twin are two main records. */
function mainRecords(text: string, lines: readonly ClassifiedLine[], header: PageHeader): CaptureRecord[] {
  const records: CaptureRecord[] = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i += 1) {
    const first = lines[start];
    const current = lines[i];
    if (first === undefined || (current !== undefined && current.script === first.script)) continue;
    const last = lines[i - 1] ?? first;
    const { title, authors, year, views, field } = header;
    const language = languageOfScript(first) ?? header.language;
    records.push(
      recordFromLines(text, 'main', first, last, { title, authors, year, views, field, language }),
    );
    start = i;
  }
  return records;
}

function relatedRecords(
  text: string,
  lines: readonly ClassifiedLine[],
  isAbstract: (line: ClassifiedLine) => boolean,
  warnings: string[],
): CaptureRecord[] {
  const records: CaptureRecord[] = [];
  let pending: ViewsHeader | null = null;
  const dropPending = (): void => {
    if (pending !== null)
      warnings.push(`A header line (${pending.views} views) had no abstract below it and was ignored.`);
    pending = null;
  };
  for (const line of lines) {
    if (isBlankLine(line)) continue;
    const viewsHeader = parseViewsHeader(line.content);
    if (viewsHeader !== null) {
      dropPending();
      pending = viewsHeader;
    } else if (isAbstract(line)) {
      const meta: Partial<ViewsHeader> = pending ?? {};
      pending = null;
      const fields = { ...meta, truncated: isCutSnippet(line.content), language: languageOfScript(line) };
      records.push(recordFromLines(text, 'related', line, line, fields));
    } else if (!line.prose) {
      dropPending();
    }
  }
  dropPending();
  return records;
}

/**
 * Whether a related snippet was cut by the portal. Longer than the cut, it is whole; without a sentence end it
 * was cut; ending a sentence but within a few characters of the cut, it may have been cut just after a full stop.
 */
export function isCutSnippet(content: string): boolean {
  if (content.length > 2 * PORTAL_CUT) return false;
  const length = [...content].length;
  if (length > PORTAL_CUT) return false;
  return length >= PORTAL_CUT - CUT_WINDOW || !endsSentence(content);
}
