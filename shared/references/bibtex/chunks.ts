/**
 * A stretch of the file from one line-start `@type{` to the next. Used only to route each entry to
 * the parse that reads it, never to read it: the parser reads every chunk.
 */
export interface Chunk {
  start: number;
  end: number;
  /** The lower-case word after `@` (`article`, `string`…); "" for the text before the first entry. */
  directive: string;
  /** The entry key, when one follows the brace. */
  key: string | null;
}

/** `@type{key` or `@type(key` at the start of a line (reference managers all write entries so). */
const ENTRY_START = /^[ \t]*@[ \t]*([A-Za-z][\w:.-]*)[ \t]*[{(][ \t]*([^\s,={}()"#%']*)/gmu;

/** The chunks of `text`, in order, covering it from the first character to the last. */
export function splitIntoChunks(text: string): Chunk[] {
  const starts: Omit<Chunk, 'end'>[] = [{ start: 0, directive: '', key: null }];
  for (const match of text.matchAll(ENTRY_START)) {
    const start = { start: match.index, directive: (match[1] ?? '').toLowerCase(), key: match[2] || null };
    if (match.index === 0) starts[0] = start;
    else starts.push(start);
  }
  return starts.map((start, index) => ({ ...start, end: starts[index + 1]?.start ?? text.length }));
}

/** The index of the chunk holding `offset`. */
export function chunkIndexAt(chunks: readonly Chunk[], offset: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((chunks[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
