import type { ReferenceReadResult } from '../record';
import { splitIntoChunks } from './chunks';
import type { Chunk } from './chunks';

/** Below this many characters a file is read in one parse: a second reader would cost more than it saves. */
export const MIN_PARALLEL_LENGTH = 2_000_000;

/** Directives every part keeps: definitions later entries use, JabRef's groups, the preamble. */
const SHARED_DIRECTIVES: ReadonlySet<string> = new Set(['string', 'comment', 'preamble']);

/** Fields through which one entry reads another: a file using any is read in one parse, so none is cut off from its parent. */
const CROSS_ENTRY_FIELD = /\b(?:crossref|xdata|entryset)[ \t]*=/iu;

/**
 * Two texts to read in two parses at once, or null when the file should be read in one. Each has
 * the length and the lines of the file: the entries of the other half are blanked out (every
 * character but line feeds turned into a space), so each part's spans and line numbers are the
 * file's own. Both keep the `@string`, `@comment` and `@preamble` directives in place.
 */
export function parallelParts(text: string, minLength: number = MIN_PARALLEL_LENGTH): [string, string] | null {
  if (text.length < minLength || CROSS_ENTRY_FIELD.test(text)) return null;
  const chunks = splitIntoChunks(text);
  const split = splitPoint(text, chunks);
  if (split === null) return null;
  return [partText(text, chunks, (index) => index < split), partText(text, chunks, (index) => index >= split)];
}

/**
 * The first chunk, from the middle on, that surely starts an entry: the chunk before it closes
 * every brace it opens (an `@article{` at the start of a line inside a value does not pass).
 */
function splitPoint(text: string, chunks: readonly Chunk[]): number | null {
  const middle = text.length / 2;
  for (let index = 1; index < chunks.length; index += 1) {
    const chunk = chunks[index] as Chunk;
    if (chunk.start < middle || SHARED_DIRECTIVES.has(chunk.directive)) continue;
    if (closesItsBraces(text, chunks[index - 1] as Chunk)) return index;
  }
  return null;
}

function closesItsBraces(text: string, chunk: Chunk): boolean {
  let depth = 0;
  let opened = false;
  for (let at = chunk.start; at < chunk.end; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x5c /* \ */) at += 1;
    else if (code === 0x7b /* { */) {
      depth += 1;
      opened = true;
    } else if (code === 0x7d /* } */) depth -= 1;
    else if (code === 0x28 /* ( */ && !opened) return false; // `@article(…)`: not worth reading parentheses for.
  }
  return opened && depth === 0;
}

function partText(text: string, chunks: readonly Chunk[], owns: (index: number) => boolean): string {
  return chunks
    .map((chunk, index) => {
      const piece = text.slice(chunk.start, chunk.end);
      return owns(index) || SHARED_DIRECTIVES.has(chunk.directive) ? piece : blank(piece);
    })
    .join('');
}

function blank(piece: string): string {
  return piece.replace(/[^\n]+/gu, (line) => ' '.repeat(line.length));
}

const LINE_OF_WARNING = /^Line (\d+):/u;

/**
 * The two parts' reads as one: records in file order, and warnings by line, each once (a shared
 * directive's warning comes from both parts).
 */
export function mergeParallelReads(first: ReferenceReadResult, second: ReferenceReadResult): ReferenceReadResult {
  const warnings = [...new Set([...first.warnings, ...second.warnings])];
  const lineOf = (warning: string): number => Number(LINE_OF_WARNING.exec(warning)?.[1] ?? 0);
  return { records: [...first.records, ...second.records], warnings: warnings.sort((a, b) => lineOf(a) - lineOf(b)) };
}
