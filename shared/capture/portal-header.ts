import { isStatsLine } from './classify';
import type { ClassifiedLine } from './classify';
import { findYear, parseCount, parseViewsHeader } from './metadata';
import { parsePersonNames } from './names';
import { isEnglishInterfaceLine, readMetaLabel } from './portal-labels';
import { hasSentenceBreak, isInterfacePrompt, letters } from './shape';

/** What a full portal page states about its own paper above the main abstract. */
export interface PageHeader {
  /** True when the page has a stats line or labelled metadata (a full page); false on compact pages. */
  full: boolean;
  title: string | null;
  authors: string[];
  year: number | null;
  views: number | null;
  field: string | null;
  language: string | null;
}

const MAX_TITLE_LENGTH = 300;
/** A title may end with a full stop and so look like a short sentence, but never like a paragraph. */
const MAX_PROSE_TITLE_LENGTH = 200;
/** The Latin or numeric value at the end of an Arabic label line: ` نشر من قبل Alon Brutzkus` → `Alon Brutzkus`. */
const LATIN_TAIL = /([\p{Script=Latin}\d][\p{Script=Latin}\d\s.,'’-]*)$/u;

/** A stats line or a labelled line such as "posted by NAME"; prose ("Language models are…") never is. */
export function isMetadataLine(line: ClassifiedLine): boolean {
  return isStatsLine(line) || (!line.prose && readMetaLabel(line.content) !== null);
}

/** Reads the lines above the main abstract. The title is the last title-shaped line above the metadata. */
export function readPageHeader(zone: readonly ClassifiedLine[]): PageHeader {
  const header: PageHeader = {
    full: false,
    title: null,
    authors: [],
    year: null,
    views: null,
    field: null,
    language: null,
  };
  const metaStart = zone.findIndex(isMetadataLine);
  if (metaStart === -1) return header;
  header.full = true;
  header.title = zone.slice(0, metaStart).reverse().find(isTitleShaped)?.content ?? null;
  for (const line of zone.slice(metaStart)) if (!line.prose) readMetadataLine(line, header);
  return header;
}

function readMetadataLine(line: ClassifiedLine, header: PageHeader): void {
  if (isStatsLine(line)) {
    header.views ??= parseCount(line.content.split(/\s+/u)[0] ?? '');
    return;
  }
  const labelled = readMetaLabel(line.content);
  if (labelled !== null) {
    if (labelled.value.length === 0) return;
    if (labelled.key === 'postedBy' && header.authors.length === 0)
      header.authors = splitPostedBy(labelled.value);
    if (labelled.key === 'date') header.year ??= findYear(labelled.value);
    if (labelled.key === 'field') header.field ??= labelled.value;
    if (labelled.key === 'language') header.language ??= labelled.value;
    return;
  }
  // An unfamiliar Arabic label with a Latin value: a year or a list of names is still recognisable.
  const tail = line.arabicChrome ? LATIN_TAIL.exec(line.content)?.[1]?.trim() : undefined;
  if (tail === undefined) return;
  if (/^\d{4}$/u.test(tail)) header.year ??= findYear(tail);
  else if (header.authors.length === 0) header.authors = parsePersonNames(tail) ?? [];
}

function splitPostedBy(value: string): string[] {
  return value
    .split(/\s*[,،]\s*|\s+and\s+|\s+و\s*/u)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** A paper title: Latin, a few words, at most one sentence, not a label, not a prompt, not numbers. */
export function isTitleShaped(line: ClassifiedLine): boolean {
  if (line.script !== 'latin' || line.shape.words < 2 || line.shape.length > MAX_TITLE_LENGTH) return false;
  if (line.prose && (line.shape.length >= MAX_PROSE_TITLE_LENGTH || hasSentenceBreak(line.content)))
    return false;
  if (
    letters(line.shape) < line.shape.length * 0.5 ||
    /[:：]$/u.test(line.content) ||
    isInterfacePrompt(line.content)
  )
    return false;
  return (
    parseViewsHeader(line.content) === null &&
    !isEnglishInterfaceLine(line.content) &&
    readMetaLabel(line.content) === null
  );
}
