/*
 * Maps a DOM selection in the abstract body back to display-text offsets, using the `data-s` /
 * `data-e` offsets MarkedInline puts on every leaf. A boundary inside math or a citation
 * (`data-atom`) takes the whole formula's source.
 */

export interface DisplayRange {
  start: number;
  end: number;
}

function leaves(body: HTMLElement): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>('[data-s]')];
}

function offsetsOf(leaf: HTMLElement): DisplayRange {
  return { start: Number(leaf.dataset.s), end: Number(leaf.dataset.e) };
}

/** -1 when the point is before the leaf, 0 inside it, 1 after it. */
function comparePoint(leaf: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNode(leaf);
  return range.comparePoint(node, offset);
}

/** The source offset of the `rendered`-th character of a text leaf (`\$` renders as one `$`). */
function sourceIndex(source: string, rendered: number): number {
  let index = 0;
  for (let count = 0; count < rendered && index < source.length; count += 1) {
    index += source[index] === '\\' && source[index + 1] === '$' ? 2 : 1;
  }
  return index;
}

/** Characters of the leaf's text before the point (the leaf holds text nodes only). */
function renderedOffset(leaf: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(leaf, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

function pointInLeaf(leaf: HTMLElement, text: string, node: Node, offset: number, isEnd: boolean): number {
  const { start, end } = offsetsOf(leaf);
  if (leaf.dataset.atom !== undefined) return isEnd ? end : start;
  return start + sourceIndex(text.slice(start, end), renderedOffset(leaf, node, offset));
}

function startOffset(all: HTMLElement[], text: string, node: Node, offset: number): number {
  for (const leaf of all) {
    const where = comparePoint(leaf, node, offset);
    if (where === 0) return pointInLeaf(leaf, text, node, offset, false);
    if (where < 0) return offsetsOf(leaf).start;
  }
  return text.length;
}

function endOffset(all: HTMLElement[], text: string, node: Node, offset: number): number {
  for (let index = all.length - 1; index >= 0; index -= 1) {
    const leaf = all[index];
    if (!leaf) continue;
    const where = comparePoint(leaf, node, offset);
    if (where === 0) return pointInLeaf(leaf, text, node, offset, true);
    if (where > 0) return offsetsOf(leaf).end;
  }
  return 0;
}

/** Narrows a range so it neither starts nor ends on white space. */
export function trimRange(text: string, range: DisplayRange): DisplayRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end > start ? { start, end } : null;
}

/** The display range a DOM range covers inside `body`, or null when it covers no text of it. */
export function rangeToDisplay(body: HTMLElement, range: Range, text: string): DisplayRange | null {
  if (range.collapsed || !range.intersectsNode(body)) return null;
  const all = leaves(body);
  if (all.length === 0) return null;
  const start = startOffset(all, text, range.startContainer, range.startOffset);
  const end = endOffset(all, text, range.endContainer, range.endOffset);
  return trimRange(text, { start, end });
}
