import type { Chunk } from './chunks';
import { mayNeedScan, scanEntrySource } from './entry-source';
import type { EntrySourceScan } from './entry-source';
import { OffsetMap } from './offset-map';
import { rewriteSource } from './source-rewrite';
import type { MathSegment } from './source-rewrite';

/** Directives that hold no entry: definitions both parses need, and comments only the first reads. */
const DEFINITIONS = new Set(['string', 'preamble']);
const COMMENT = 'comment';
const CROSSREF = /\bcrossref\s*=\s*[{"]?\s*([^\s,{}"]+)/giu;
const ANY_CROSSREF = /\bcrossref\s*=/iu;
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
  const scans = new Map<number, EntrySourceScan>();
  chunks.forEach((chunk, index) => {
    const scan = rewriteScan(source, chunk);
    if (scan !== null) scans.set(index, scan);
  });
  const everyChunk = new Set(chunks.keys());
  if (scans.size === 0) return { chunks, first: source, firstOwns: everyChunk, second: null };
  const special = new Set(scans.keys());
  const firstOwns = new Set([...everyChunk].filter((index) => !special.has(index)));
  const crossrefs = ANY_CROSSREF.test(source);
  const lentToFirst = crossrefs ? crossrefParents(source, chunks, special, firstOwns) : new Set<number>();
  const lentToSecond = crossrefs ? crossrefParents(source, chunks, firstOwns, special) : new Set<number>();
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
    second: secondDocument(source, chunks, scans, lentToSecond, standIns),
  };
}

/** The math and in-value percent signs of an entry's chunk, or null when it has none (or is no entry). */
function rewriteScan(source: string, chunk: Chunk): EntrySourceScan | null {
  if (chunk.directive === '' || chunk.directive === COMMENT || DEFINITIONS.has(chunk.directive)) return null;
  const text = source.slice(chunk.start, chunk.end);
  // A @string written inside an entry's chunk must stay where the first parse reads it.
  if (!mayNeedScan(text) || NESTED_STRING.test(text.slice(1))) return null;
  const scan = scanEntrySource(text);
  return scan.math.length > 0 || scan.percents.length > 0 ? scan : null;
}

function secondDocument(
  source: string,
  chunks: readonly Chunk[],
  scans: ReadonlyMap<number, EntrySourceScan>,
  lent: ReadonlySet<number>,
  standIns: readonly string[],
): SecondDocument {
  const toSource = new OffsetMap();
  const math = new Map<number, MathSegment[]>();
  let text = '';
  chunks.forEach((chunk, index) => {
    const original = source.slice(chunk.start, chunk.end);
    const scan = scans.get(index);
    if (scan !== undefined) {
      const rewritten = rewriteSource(original, scan, standIns, toSource, text.length, chunk.start);
      math.set(index, rewritten.math);
      text += rewritten.text;
      return;
    }
    toSource.anchor(text.length, chunk.start);
    text += DEFINITIONS.has(chunk.directive) || lent.has(index) ? original : blank(original);
  });
  return { text, toSource, owns: new Set(scans.keys()), math };
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

/**
 * The text with every character but line breaks turned into a space: no entry, same offsets and lines.
 * A character outside the BMP (an emoji) is two UTF-16 units, so it becomes two spaces.
 */
function blank(text: string): string {
  return text.replace(/[^\n]/gu, (character) => ' '.repeat(character.length));
}
