import { isBlankLine } from './classify';
import type { ClassifiedLine } from './classify';
import type { Segmented } from './portal';
import { recordFromLines } from './record';
import { letters } from './shape';
import type { CaptureRecord } from './types';

export const NOTHING_FOUND_WARNING = 'No text that could be an abstract was found in this capture.';
export const UNKNOWN_LAYOUT_WARNING =
  'The layout of this capture was not recognised, so each paragraph was read as a separate abstract.';

/**
 * One record per paragraph-like block: blocks are separated by blank lines, or are single lines when the
 * text has no blank lines at all. Blocks without a letter are skipped. The first block is taken as the
 * page's own abstract, as in both known families, and the rest as related.
 */
export function parseFallback(text: string, lines: readonly ClassifiedLine[]): Segmented {
  const hasBlankLines = lines.some((line, i) => isBlankLine(line) && i > 0 && i < lines.length - 1);
  const records: CaptureRecord[] = [];
  let first: ClassifiedLine | null = null;
  let last: ClassifiedLine | null = null;
  let hasLetters = false;
  const flush = (): void => {
    if (first !== null && last !== null && hasLetters) {
      records.push(recordFromLines(text, records.length === 0 ? 'main' : 'related', first, last));
    }
    first = null;
    last = null;
    hasLetters = false;
  };
  for (const line of lines) {
    if (isBlankLine(line)) {
      flush();
      continue;
    }
    if (!hasBlankLines) flush();
    first ??= line;
    last = line;
    hasLetters ||= letters(line.shape) > 0;
  }
  flush();
  return { records, warnings: [records.length === 0 ? NOTHING_FOUND_WARNING : UNKNOWN_LAYOUT_WARNING] };
}
