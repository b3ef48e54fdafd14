/** The inside of one `$…$` or `$$…$$` span: [start, end) excludes the dollar signs. */
export interface MathRegion {
  start: number;
  end: number;
  /** `$$…$$`: the delimiters are two characters each. */
  display: boolean;
}

/** Math never runs across a blank line, and a longer "formula" is a stray dollar sign. */
const MAX_MATH_LENGTH = 1000;

/**
 * Finds math spans the way Pandoc does: an opening `$` is followed by a non-space character, a
 * closing `$` follows a non-space character and is not followed by a digit, so prices ("$5 and $10")
 * are not math. `$$…$$` is display math. A dollar sign preceded by a backslash is literal.
 * The one scanner for math: text repair and the reader both use it.
 */
export function findMathRegions(text: string): MathRegion[] {
  const regions: MathRegion[] = [];
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('$', index);
    if (open < 0) break;
    const region = mathRegionAt(text, open);
    if (region !== null) regions.push(region);
    index = region !== null ? region.end + delimiterLength(region) : open + unmatchedLength(text, open);
  }
  return regions;
}

/** The math span whose opening dollar sign is at `open`, or null. */
export function mathRegionAt(text: string, open: number): MathRegion | null {
  if (text[open] !== '$' || text[open - 1] === '\\') return null;
  const display = text[open + 1] === '$';
  const close = display ? findDisplayClose(text, open + 2) : findInlineClose(text, open + 1);
  return close < 0 ? null : { start: open + (display ? 2 : 1), end: close, display };
}

/** How far a scan skips past a `$` that opens nothing: both signs of an unescaped `$$`, else one. */
export function unmatchedLength(text: string, open: number): number {
  return text[open - 1] !== '\\' && text[open + 1] === '$' ? 2 : 1;
}

/** Length of each of the region's delimiters: `$` or `$$`. */
export function delimiterLength(region: MathRegion): number {
  return region.display ? 2 : 1;
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
  const content = text.slice(contentStart, close);
  return content.includes('\n\n') || content.trim() === '' ? -1 : close;
}
