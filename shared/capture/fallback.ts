import { isBlankLine } from './classify';
import type { ClassifiedLine } from './classify';
import type { Segmented } from './portal';
import { recordFromLines } from './record';
import { endsWithPeriod, hasSentenceBreak, letters } from './shape';
import type { CaptureRecord } from './types';

export const NOTHING_FOUND_WARNING = 'No text that could be an abstract was found in this capture.';
export const UNKNOWN_LAYOUT_WARNING =
  'The layout of this capture was not recognised, so each paragraph was read as a separate abstract.';

/** A title is one short line: longer, or wordier, and it is a paragraph of its own. */
const MAX_TITLE_LENGTH = 150;
const MAX_TITLE_WORDS = 20;

/** Lines `first`..`last` of the text, with no blank line inside unless the text has none at all. */
interface Block {
  first: ClassifiedLine;
  last: ClassifiedLine;
  hasLetters: boolean;
  hasProse: boolean;
}

/**
 * One record per paragraph-like block: blocks are separated by blank lines, or are single lines when the
 * text has no blank lines at all. Blocks without a letter are skipped. A title-shaped line directly above
 * a paragraph (at most one blank line between) is that paragraph's title. The first record is taken as
 * the page's own abstract, as in both known families, and the rest as related.
 */
export function parseFallback(text: string, lines: readonly ClassifiedLine[]): Segmented {
  const blocks = splitBlocks(lines);
  const records: CaptureRecord[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i];
    if (block === undefined || !block.hasLetters) continue;
    const role = records.length === 0 ? 'main' : 'related';
    const next = blocks[i + 1];
    if (next !== undefined && titles(block, next)) {
      records.push(recordFromLines(text, role, next.first, next.last, { title: block.first.content }));
      i += 1;
    } else {
      records.push(recordFromLines(text, role, block.first, block.last));
    }
  }
  return { records, warnings: [records.length === 0 ? NOTHING_FOUND_WARNING : UNKNOWN_LAYOUT_WARNING] };
}

function splitBlocks(lines: readonly ClassifiedLine[]): Block[] {
  const hasBlankLines = lines.some((line, i) => isBlankLine(line) && i > 0 && i < lines.length - 1);
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of lines) {
    if (isBlankLine(line) || !hasBlankLines) current = null;
    if (isBlankLine(line)) continue;
    if (current === null) {
      current = { first: line, last: line, hasLetters: false, hasProse: false };
      blocks.push(current);
    }
    current.last = line;
    current.hasLetters ||= letters(line.shape) > 0;
    current.hasProse ||= line.prose;
  }
  return blocks;
}

/**
 * `block` is one short line that does not read as a sentence (no final full stop, no inner sentence
 * break, no label's colon), and `next` is a paragraph right under it. A paragraph starting in lower
 * case continues a hard-wrapped line instead.
 */
function titles(block: Block, next: Block): boolean {
  const line = block.first;
  const shortLine =
    block.first === block.last &&
    line.shape.length <= MAX_TITLE_LENGTH &&
    line.shape.words <= MAX_TITLE_WORDS;
  const sentence =
    line.prose ||
    endsWithPeriod(line.content) ||
    hasSentenceBreak(line.content) ||
    /[:：]$/u.test(line.content);
  const paragraph = next.hasProse && !/^\p{Ll}/u.test(next.first.content);
  return shortLine && !sentence && paragraph && next.first.index - line.index <= 2;
}
