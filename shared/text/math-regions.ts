/** The inside of one `$…$` or `$$…$$` span: [start, end) excludes the dollar signs. */
export interface MathRegion {
  start: number;
  end: number;
}

/** Math never runs across a blank line, and a longer "formula" is a stray dollar sign. */
const MAX_MATH_LENGTH = 1000;

/**
 * Finds math spans the way Pandoc does: an opening `$` is followed by a non-space character, a
 * closing `$` follows a non-space character and is not followed by a digit, so prices ("$5 and $10")
 * are not math. `$$…$$` is display math. A dollar sign preceded by a backslash is literal.
 */
export function findMathRegions(text: string): MathRegion[] {
  const regions: MathRegion[] = [];
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('$', index);
    if (open < 0) break;
    if (text[open - 1] === '\\') {
      index = open + 1;
      continue;
    }
    const display = text[open + 1] === '$';
    const close = display ? findDisplayClose(text, open + 2) : findInlineClose(text, open + 1);
    if (close < 0) {
      index = open + (display ? 2 : 1);
      continue;
    }
    regions.push({ start: open + (display ? 2 : 1), end: close });
    index = close + (display ? 2 : 1);
  }
  return regions;
}

function findInlineClose(text: string, contentStart: number): number {
  const first = text[contentStart];
  if (first === undefined || /\s|\$/.test(first)) return -1;
  const limit = Math.min(text.length, contentStart + MAX_MATH_LENGTH);
  for (let index = contentStart + 1; index < limit; index += 1) {
    const char = text[index];
    if (char === '\n' && text[index + 1] === '\n') return -1;
    if (char !== '$' || text[index - 1] === '\\') continue;
    const before = text[index - 1] ?? ' ';
    const after = text[index + 1] ?? '';
    if (!/\s/.test(before) && !/[0-9]/.test(after)) return index;
  }
  return -1;
}

function findDisplayClose(text: string, contentStart: number): number {
  const close = text.indexOf('$$', contentStart);
  if (close <= contentStart || close - contentStart > MAX_MATH_LENGTH) return -1;
  return text.slice(contentStart, close).includes('\n\n') ? -1 : close;
}
