/** One line of the decoded text, with its content trimmed of surrounding blank space. */
export interface Line {
  index: number;
  /** Offsets of the trimmed content in the decoded text; start === end for a blank line. */
  start: number;
  end: number;
  content: string;
}

/** Spaces, NBSP, BOM and the invisible direction marks common in copied Arabic pages. */
const EDGE_SPACE = /[\s\u200b-\u200f\u2060\u202a-\u202e]/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && EDGE_SPACE.test(text.charAt(start))) start += 1;
    while (end > start && EDGE_SPACE.test(text.charAt(end - 1))) end -= 1;
    lines.push({ index: lines.length, start, end, content: text.slice(start, end) });
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return lines;
}

export function isBlank(line: Line): boolean {
  return line.start === line.end;
}
