/** Maps offsets in a document built from pieces of the source (some rewritten) back to the source. */
export class OffsetMap {
  private readonly documentOffsets: number[] = [];
  private readonly sourceOffsets: number[] = [];

  /** From `documentOffset` on, the document copies the source from `sourceOffset` on. */
  anchor(documentOffset: number, sourceOffset: number): void {
    this.documentOffsets.push(documentOffset);
    this.sourceOffsets.push(sourceOffset);
  }

  toSource(documentOffset: number): number {
    let low = 0;
    let high = this.documentOffsets.length - 1;
    if (high < 0) return documentOffset;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.documentOffsets[middle] ?? 0) <= documentOffset) low = middle;
      else high = middle - 1;
    }
    const source = (this.sourceOffsets[low] ?? 0) + documentOffset - (this.documentOffsets[low] ?? 0);
    // Inside a replaced stretch (math behind a one-character stand-in) the offset stops at the next anchor.
    const next = this.sourceOffsets[low + 1];
    return next === undefined ? source : Math.min(source, next);
  }
}
