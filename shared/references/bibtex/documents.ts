import type { Chunk } from './chunks';
import { mayNeedScan, scanEntrySource } from './entry-source';
import { OffsetMap } from './offset-map';
import { rewriteSource } from './source-rewrite';
import type { MathSegment } from './source-rewrite';

/** Directives that hold no entry: definitions both parses need, and comments only the first reads. */
const DEFINITIONS = new Set(['string', 'preamble']);
const COMMENT = 'comment';
const CROSSREF = /\bcrossref\s*=\s*[{"]?\s*([^\s,{}"]+)/giu;
const NESTED_STRING = /@\s*string\s*[{(]/iu;

/**
 * The file split between two parses, so that every entry's LaTeX is converted once:
 * - `first` is the file with the entries that hold math or in-value percent signs blanked out (same
 *   offsets as the file);
 * - `second` holds only those entries, rewritten (math behind stand-ins, percent signs escaped), with
 *   the @string and @preamble definitions they may use.
 * An entry's crossref parent is lent to the other parse when they were split apart.
 */
export interface Documents {
  chunks: Chunk[];
  first: string;
  /** Chunk indexes whose entries `first` reads for the records (the others are there only as parents). */
  firstOwns: Set<number>;
  second: SecondDocument | null;
}

export interface SecondDocument {
  text: string;
  toSource: OffsetMap;
  owns: Set<number>;
  /** The math each rewritten chunk hid, by chunk index. */
  math: Map<number, MathSegment[]>;
}

export function splitDocuments(source: string, chunks: Chunk[], standIns: readonly string[]): Documents {
  const special = new Set<number>();
  chunks.forEach((chunk, index) => {
    if (needsRewrite(source, chunk)) special.add(index);
  });
  const everyChunk = new Set(chunks.map((_chunk, index) => index));
  if (special.size === 0) return { chunks, first: source, firstOwns: everyChunk, second: null };
  const firstOwns = new Set([...everyChunk].filter((index) => !special.has(index)));
  const lentToFirst = crossrefParents(source, chunks, special, firstOwns);
  const lentToSecond = crossrefParents(source, chunks, firstOwns, special);
  const first = chunks
    .map((chunk, index) => {
      const text = source.slice(chunk.start, chunk.end);
      return special.has(index) && !lentToFirst.has(index) ? blank(text) : text;
    })
    .join('');
  return {
    chunks,
    first,
    firstOwns,
    second: secondDocument(source, chunks, special, lentToSecond, standIns),
  };
}

/** An entry whose source holds math or an in-value percent sign; never a definition or comment. */
function needsRewrite(source: string, chunk: Chunk): boolean {
  if (chunk.directive === '' || chunk.directive === COMMENT || DEFINITIONS.has(chunk.directive)) return false;
  const text = source.slice(chunk.start, chunk.end);
  if (!mayNeedScan(text) || NESTED_STRING.test(text.slice(1))) return false;
  const scan = scanEntrySource(text);
  return scan.math.length > 0 || scan.percents.length > 0;
}

function secondDocument(
  source: string,
  chunks: readonly Chunk[],
  special: ReadonlySet<number>,
  lent: ReadonlySet<number>,
  standIns: readonly string[],
): SecondDocument {
  const toSource = new OffsetMap();
  const math = new Map<number, MathSegment[]>();
  let text = '';
  chunks.forEach((chunk, index) => {
    const original = source.slice(chunk.start, chunk.end);
    if (special.has(index)) {
      const rewritten = rewriteSource(
        original,
        scanEntrySource(original),
        standIns,
        toSource,
        text.length,
        chunk.start,
      );
      math.set(index, rewritten.math);
      text += rewritten.text;
      return;
    }
    toSource.anchor(text.length, chunk.start);
    text += DEFINITIONS.has(chunk.directive) || lent.has(index) ? original : blank(original);
  });
  return { text, toSource, owns: new Set(special), math };
}

/** Chunks among `candidates` that a chunk in `children` names as its crossref parent. */
function crossrefParents(
  source: string,
  chunks: readonly Chunk[],
  candidates: ReadonlySet<number>,
  children: ReadonlySet<number>,
): Set<number> {
  const wanted = new Set<string>();
  for (const index of children) {
    const chunk = chunks[index];
    if (chunk === undefined) continue;
    for (const match of source.slice(chunk.start, chunk.end).matchAll(CROSSREF)) {
      wanted.add((match[1] ?? '').toUpperCase());
    }
  }
  const parents = new Set<number>();
  if (wanted.size === 0) return parents;
  for (const index of candidates) {
    const key = chunks[index]?.key;
    if (key != null && wanted.has(key.toUpperCase())) parents.add(index);
  }
  return parents;
}

/** The text with every character but line breaks turned into a space: no entry, same offsets and lines. */
function blank(text: string): string {
  return text.replace(/[^\n]/gu, ' ');
}
