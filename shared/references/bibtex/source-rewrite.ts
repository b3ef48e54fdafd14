import type { EntrySourceScan } from './entry-source';
import { mathAsDollars } from './math-source';
import type { OffsetMap } from './offset-map';

/** One math span of an entry, hidden from the parser behind a private-use stand-in. */
export interface MathSegment {
  standIn: string;
  /** As written in the file. */
  raw: string;
  /** As the app writes math: `$…$` or `$$…$$`. */
  dollars: string;
}

export interface RewrittenSource {
  text: string;
  math: MathSegment[];
}

/**
 * A chunk's source with its math behind stand-ins (so the parser does not turn it into Unicode) and its
 * in-value percent signs escaped (so LaTeX does not drop the rest of their line). `map` learns where each
 * piece came from, starting at `documentOffset` for source offset `sourceOffset`.
 */
export function rewriteSource(
  source: string,
  scan: EntrySourceScan,
  standIns: readonly string[],
  map: OffsetMap,
  documentOffset: number,
  sourceOffset: number,
): RewrittenSource {
  const marks = [...scan.math, ...scan.percents.map((at) => ({ start: at, end: at }))].sort(
    (a, b) => a.start - b.start,
  );
  const math: MathSegment[] = [];
  let text = '';
  let at = 0;
  map.anchor(documentOffset, sourceOffset);
  for (const mark of marks) {
    text += source.slice(at, mark.start);
    at = mark.start;
    const standIn = standIns[math.length];
    if (mark.end !== mark.start && standIn === undefined) continue;
    map.anchor(documentOffset + text.length, sourceOffset + mark.start);
    if (mark.end === mark.start) {
      text += '\\';
    } else if (standIn !== undefined) {
      const raw = source.slice(mark.start, mark.end);
      math.push({ standIn, raw, dollars: mathAsDollars(raw) });
      text += standIn;
      at = mark.end;
    }
    map.anchor(documentOffset + text.length, sourceOffset + at);
  }
  return { text: text + source.slice(at), math };
}
