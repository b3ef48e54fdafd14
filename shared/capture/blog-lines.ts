import { isBlankLine } from './classify';
import type { ClassifiedLine } from './classify';
import { splitTitleBy } from './names';
import type { TitleBy } from './names';
import { addressesReader, endsWithPeriod } from './shape';

const OPENING_QUOTE = /^["“]/u;
const CLOSING_QUOTE = /["”]$/u;
/** A quoted passage longer than this many lines is more likely an abstract that happens to open with a quote. */
const MAX_QUOTE_LINES = 20;
const LABEL_MAX_WORDS = 8;
const LABEL_MAX_LENGTH = 80;
/** Words of a call to action: what a footer asks the reader to do. */
const CALL_TO_ACTION =
  /\b(?:subscribe|follow|share|comment|sign|log|join|click|e-?mail|feed|newsletter|register|tweet|download|visit|like)\w*/i;
/** `Labels: a, b` or `Posted by X at 7:05 AM`-style lines: a short key, then a colon. */
const KEY_VALUE = /^[^\s:]+(?:\s[^\s:]+){0,2}:/u;

export function titleByOf(line: ClassifiedLine): TitleBy | null {
  return line.script === 'latin' ? splitTitleBy(line.content) : null;
}

/** The inclusive line range of a quoted passage starting at `start`, or null if no closing quote follows soon. */
export function quoteEnd(lines: readonly ClassifiedLine[], start: number): number | null {
  const first = lines[start];
  if (first === undefined || !OPENING_QUOTE.test(first.content)) return null;
  for (let i = start; i < lines.length && i < start + MAX_QUOTE_LINES; i += 1) {
    const line = lines[i];
    if (line === undefined) break;
    if (i > start && titleByOf(line) !== null) return null;
    const closes =
      i === start
        ? first.content.length > 1 && CLOSING_QUOTE.test(first.content)
        : CLOSING_QUOTE.test(line.content);
    if (closes) return i;
  }
  return null;
}

/** The passage inside its quotation marks, without the marks or the space just inside them. */
export function quoteText(text: string, first: ClassifiedLine, last: ClassifiedLine): string {
  return text.slice(first.start, last.end).replace(OPENING_QUOTE, '').replace(CLOSING_QUOTE, '').trim();
}

/** A short label line: `No comments:`, `Post a Comment`, `Labels: CS, ML`. */
export function isLabelLine(line: ClassifiedLine): boolean {
  if (/[:：]$/u.test(line.content) || (KEY_VALUE.test(line.content) && line.shape.length < 200)) return true;
  return (
    line.shape.words <= LABEL_MAX_WORDS &&
    line.shape.length <= LABEL_MAX_LENGTH &&
    !endsWithPeriod(line.content)
  );
}

/** A line asking the reader to act: second person plus a call-to-action word. */
export function isCallToAction(line: ClassifiedLine): boolean {
  return addressesReader(line.content) && CALL_TO_ACTION.test(line.content);
}

const MAX_BARE_TITLE_LENGTH = 300;
const MAX_BARE_TITLE_WORDS = 40;

/** A title line without a byline: Latin, a few words, no full stop, no `Key: value`, not addressing the reader. */
export function isBareTitle(line: ClassifiedLine): boolean {
  const { words, length } = line.shape;
  if (line.script !== 'latin' || words < 2 || words > MAX_BARE_TITLE_WORDS || length > MAX_BARE_TITLE_LENGTH)
    return false;
  return !endsWithPeriod(line.content) && !KEY_VALUE.test(line.content) && !addressesReader(line.content);
}

/** A heading that introduces what follows (`Related:`), never part of an abstract. */
export function isHeadingLine(line: ClassifiedLine): boolean {
  return /[:：]$/u.test(line.content);
}

/**
 * Where a blog post's footer starts: the trailing run of blank lines, short labels and calls to action. When
 * the run holds a call to action, the footer starts there: a `Code: URL` line just above it ends the abstract.
 * Returns lines.length when the post has no footer.
 */
export function footerStart(lines: readonly ClassifiedLine[]): number {
  let start = lines.length;
  let firstCallToAction = -1;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i];
    if (line === undefined) break;
    if (isBlankLine(line)) continue;
    if (titleByOf(line) !== null || OPENING_QUOTE.test(line.content)) break;
    const callToAction = isCallToAction(line);
    if (!callToAction && !isLabelLine(line)) break;
    if (callToAction) firstCallToAction = i;
    start = i;
  }
  return firstCallToAction === -1 ? start : firstCallToAction;
}
