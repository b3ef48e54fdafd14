import { isStatsLine } from './classify';
import type { ClassifiedLine } from './classify';
import { quoteEnd, titleByOf } from './blog-lines';
import { parseViewsHeader } from './metadata';
import { englishInterfaceWeight } from './portal-labels';
import type { CaptureLayout } from './types';

/** Weight of English portal interface lines needed, without any Arabic, to call a page a portal page. */
const MIN_ENGLISH_INTERFACE_WEIGHT = 2;

/**
 * Which family a capture belongs to, from structure alone: the portal has interface lines in Arabic (or its
 * English labels), a bare stats line above its first paragraph, or `VIEWS - Authors YEAR` headers; a blog post
 * has `Title by Names` lines or opens with a quoted passage.
 */
export function detectLayout(lines: readonly ClassifiedLine[]): CaptureLayout {
  let englishInterface = 0;
  let seenProse = false;
  let blogSigns = 0;
  for (const line of lines) {
    if (line.arabicChrome) return 'portal';
    if (!seenProse && isStatsLine(line)) return 'portal';
    if (parseViewsHeader(line.content) !== null) return 'portal';
    englishInterface += englishInterfaceWeight(line.content);
    if (titleByOf(line) !== null) blogSigns += 1;
    seenProse ||= line.prose;
  }
  if (englishInterface >= MIN_ENGLISH_INTERFACE_WEIGHT) return 'portal';
  if (blogSigns > 0 || opensWithQuote(lines)) return 'blog';
  return 'unknown';
}

/** A post may open with a preview line or two before its quoted passage. */
const QUOTE_SEARCH_LINES = 3;

function opensWithQuote(lines: readonly ClassifiedLine[]): boolean {
  const opening = lines.filter((line) => line.content.length > 0).slice(0, QUOTE_SEARCH_LINES);
  return opening.some((line) => quoteEnd(lines, line.index) !== null);
}
