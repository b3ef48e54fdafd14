import { isBlankLine } from './classify';
import type { ClassifiedLine } from './classify';
import { footerStart, isBareTitle, isHeadingLine, quoteEnd, quoteText, titleByOf } from './blog-lines';
import type { Segmented } from './portal';
import { findPreviewLines } from './preview';
import { recordFromLines } from './record';
import type { CaptureRecord } from './types';

interface OpenAbstract {
  title: string | null;
  authors: string[];
  quote: string | null;
  first: ClassifiedLine | null;
  last: ClassifiedLine | null;
}

/**
 * Reads a research blog post: an abstract is the run of paragraphs under a `Title by Names` line (the first may
 * have no title line); a quoted passage attaches to the abstract after it; the trailing footer is dropped.
 */
export function parseBlog(text: string, lines: readonly ClassifiedLine[]): Segmented {
  const warnings: string[] = [];
  const records: CaptureRecord[] = [];
  const previews = findPreviewLines(lines, (line) => line.prose);
  const end = footerStart(lines);
  const nextIsProse = proseFollows(lines.slice(0, end), previews);
  let open: OpenAbstract | null = null;
  let pendingQuote: string | null = null;

  const close = (): void => {
    if (open?.first != null && open.last != null) {
      const { title, authors, quote } = open;
      records.push(recordFromLines(text, 'main', open.first, open.last, { title, authors, quote }));
    } else if (open?.title != null) {
      warnings.push(`“${open.title}” has no abstract below it and was skipped.`);
    }
    open = null;
  };
  const start = (title: string | null, authors: string[]): OpenAbstract => {
    const opened = { title, authors, quote: pendingQuote, first: null, last: null };
    pendingQuote = null;
    return opened;
  };

  for (let i = 0; i < end; i += 1) {
    const line = lines[i];
    if (line === undefined || isBlankLine(line) || previews.has(i)) continue;
    const quoteLast = quoteEnd(lines, i);
    const titleBy = titleByOf(line);
    if (quoteLast !== null && quoteLast < end) {
      close();
      pendingQuote = quoteText(text, line, lines[quoteLast] ?? line);
      i = quoteLast;
    } else if (titleBy !== null) {
      close();
      open = start(titleBy.title, titleBy.authors);
    } else if (line.prose) {
      open ??= start(null, []);
      open.first ??= line;
      open.last = line;
    } else if (open?.first != null && nextIsProse[i] === true) {
      // A short line between two abstracts' paragraphs separates them: a title without a byline, or a label.
      close();
      open = start(isBareTitle(line) ? line.content : null, []);
    } else if (open?.first != null && !isHeadingLine(line)) {
      // A short line after an abstract's paragraphs (`Code: URL`, a formula) belongs to it; headings do not.
      open.last = line;
    }
  }
  close();
  if (pendingQuote !== null) warnings.push('A quoted passage had no abstract after it and was skipped.');
  if (records.length === 0) warnings.push('No abstract was found in this blog post.');
  return { records: markRoles(records), warnings };
}

/** For each line, whether the next non-blank, non-preview line (before the footer) is prose: one backward pass. */
function proseFollows(lines: readonly ClassifiedLine[], previews: ReadonlySet<number>): boolean[] {
  const follows = new Array<boolean>(lines.length).fill(false);
  let next = false;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    follows[i] = next;
    const line = lines[i];
    if (line !== undefined && !isBlankLine(line) && !previews.has(i)) next = line.prose;
  }
  return follows;
}

/** The post's first abstract is its own; the ones after it are related. */
function markRoles(records: CaptureRecord[]): CaptureRecord[] {
  return records.map((record, i) => (i === 0 ? record : { ...record, role: 'related' }));
}
