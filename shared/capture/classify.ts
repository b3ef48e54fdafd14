import { isBlank, splitLines } from './lines';
import type { Line } from './lines';
import { arabicShare, endsWithPeriod, hasSentenceBreak, letters, measure } from './shape';
import type { Shape } from './shape';

/** How a line reads, independent of the page family. */
export type Script = 'none' | 'arabic' | 'latin';

export interface ClassifiedLine extends Line {
  shape: Shape;
  /** Dominant script: 'arabic' as soon as Arabic letters are more than a stray word in other prose. */
  script: Script;
  /** Reads like a paragraph of an abstract (long, or sentence-shaped), in either script. */
  prose: boolean;
  /** Carries Arabic letters but is not Arabic prose: a label, button or prompt of an Arabic interface. */
  arabicChrome: boolean;
}

const ARABIC_PROSE_MIN_WORDS = 20;
const ARABIC_PROSE_MIN_LENGTH = 120;
const PROSE_MIN_WORDS = 6;
/** A line this long is prose even without a full stop (cut snippets end mid-sentence). */
const PROSE_LONG_LENGTH = 160;
/** A shorter line needs a full stop or an inner sentence boundary to count as prose. */
const PROSE_SHORT_LENGTH = 40;
/** Formulas take space, but a paragraph is still mostly letters. */
const PROSE_MIN_LETTER_SHARE = 0.3;
/** Latin prose may quote a stray Arabic word; beyond this share the line is Arabic. */
const STRAY_ARABIC_SHARE = 0.05;

/** "Loading comments..." ends with dots but is not a statement. */
const ELLIPSIS_END = /(?:\.\.\.|…)$/u;

export function classifyText(text: string): ClassifiedLine[] {
  return splitLines(text).map(classifyLine);
}

export function classifyLine(line: Line): ClassifiedLine {
  const shape = measure(line.content);
  const share = arabicShare(shape);
  const script: Script = letters(shape) === 0 ? 'none' : share > STRAY_ARABIC_SHARE ? 'arabic' : 'latin';
  const prose =
    script === 'arabic'
      ? isArabicProse(shape, share)
      : script === 'latin' && isLatinProse(line.content, shape);
  const { index, start, end, content } = line;
  return { index, start, end, content, shape, script, prose, arabicChrome: script === 'arabic' && !prose };
}

function isArabicProse(shape: Shape, share: number): boolean {
  return share >= 0.6 && shape.words >= ARABIC_PROSE_MIN_WORDS && shape.length >= ARABIC_PROSE_MIN_LENGTH;
}

function isLatinProse(content: string, shape: Shape): boolean {
  if (shape.words < PROSE_MIN_WORDS || letters(shape) < shape.length * PROSE_MIN_LETTER_SHARE) return false;
  if (shape.length >= PROSE_LONG_LENGTH) return true;
  const statement = endsWithPeriod(content) && !ELLIPSIS_END.test(content);
  return shape.length >= PROSE_SHORT_LENGTH && (statement || hasSentenceBreak(content));
}

export function isBlankLine(line: ClassifiedLine): boolean {
  return isBlank(line);
}

/** A line of bare numbers, like the portal's `102   0   0.0 ( 0 )` views/rating line. */
export function isStatsLine(line: ClassifiedLine): boolean {
  if (letters(line.shape) > 0 || line.shape.digits === 0) return false;
  if (!/^[\d\s.,:;()%+\-–—|/·•]+$/u.test(line.content)) return false;
  return (line.content.match(/\d+/g) ?? []).length >= 2;
}
