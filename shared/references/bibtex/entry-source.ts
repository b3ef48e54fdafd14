// What in an entry's source must not go through the parser's LaTeX step as it stands:
// math (kept as written) and percent signs inside values (LaTeX would drop the rest of the line).

/** A range [start, end) of an entry's source. */
export interface SourceRange {
  start: number;
  end: number;
}

export interface EntrySourceScan {
  /** `$…$`, `$$…$$`, `\(…\)` and `\[…\]`, delimiters included. */
  math: SourceRange[];
  /** Offsets of unescaped `%` that stand inside a value rather than open a comment line. */
  percents: number[];
}

const MATH_CLOSERS: Record<string, string> = { $: '$', $$: '$$', '\\(': '\\)', '\\[': '\\]' };
/** `%41` in a URL is an escape, not a percent sign. */
const URL_ESCAPE = /^[0-9A-Fa-f]{2}/u;

/** A cheap test that lets most entries skip the scan. */
export function mayNeedScan(source: string): boolean {
  return source.includes('$') || source.includes('%') || source.includes('\\(') || source.includes('\\[');
}

/** Math and in-value percent signs in an entry's source, skipping `\`-escaped characters as the parser does. */
export function scanEntrySource(source: string): EntrySourceScan {
  const scan: EntrySourceScan = { math: [], percents: [] };
  let index = 0;
  while (index < source.length) {
    const character = source[index];
    const opener = mathOpenerAt(source, index);
    if (opener !== null) {
      const end = closingIndex(source, index + opener.length, MATH_CLOSERS[opener] ?? opener);
      // An opener that is never closed is a stray sign (possible in a quoted value): read on past it.
      if (end < 0) index += opener.length;
      else {
        scan.math.push({ start: index, end });
        index = end;
      }
    } else if (character === '\\') {
      index += 2;
    } else if (character === '%') {
      if (startsLine(source, index)) index = lineEnd(source, index);
      else {
        if (!URL_ESCAPE.test(source.slice(index + 1, index + 3))) scan.percents.push(index);
        index += 1;
      }
    } else {
      index += 1;
    }
  }
  return scan;
}

function mathOpenerAt(source: string, index: number): string | null {
  const pair = source.slice(index, index + 2);
  if (pair === '$$' || pair === '\\(' || pair === '\\[') return pair;
  return source[index] === '$' ? '$' : null;
}

/** The index just past `closer`, found after `from` outside escapes; -1 when it never comes. */
function closingIndex(source: string, from: number, closer: string): number {
  for (let index = from; index < source.length; index += 1) {
    if (source.startsWith(closer, index)) return index + closer.length;
    if (source[index] === '\\') index += 1;
  }
  return -1;
}

/** Whether only whitespace stands before `index` on its line: a comment between fields. */
function startsLine(source: string, index: number): boolean {
  const lineStart = source.lastIndexOf('\n', index - 1) + 1;
  return source.slice(lineStart, index).trim() === '';
}

function lineEnd(source: string, index: number): number {
  const end = source.indexOf('\n', index);
  return end < 0 ? source.length : end;
}
