import type { TextSpan } from '../../capture/types';

/**
 * Finds the parser's source snippets in the text, in document order: each search starts where the
 * previous one ended, so a file of n entries is searched once, not n times.
 */
export class SourceLocator {
  private cursor = 0;

  constructor(private readonly text: string) {}

  /** The span of `source` at or after the previous one; null when it is not there. */
  next(source: string): TextSpan | null {
    if (source === '') return null;
    let start = this.text.indexOf(source, this.cursor);
    if (start < 0) start = this.text.indexOf(source);
    if (start < 0) return null;
    this.cursor = start + source.length;
    return { start, end: this.cursor };
  }
}

/** 1-based line numbers for offsets asked in rising order, counting each stretch of text once. */
export class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    if (offset < this.offset) {
      this.offset = 0;
      this.line = 1;
    }
    for (
      let index = this.text.indexOf('\n', this.offset);
      index !== -1 && index < offset;
      index = this.text.indexOf('\n', index + 1)
    ) {
      this.line += 1;
    }
    this.offset = offset;
    return this.line;
  }
}
