import type { DisplayForm, TextEdit } from './types';

/*
 * The character map between a stored text and its display form, read off the form's edits.
 *
 * Affinity at edit boundaries:
 * - stored → display: an offset where text is inserted maps *after* the insertion, onto the stored
 *   character that follows (so every stored character maps to its own copy in the display); an offset
 *   inside or at the start of a deleted or replaced range maps to where that range went.
 * - display → stored: an offset inside or at the start of inserted text maps to the insertion point;
 *   an offset where stored text was deleted maps *after* the deleted text.
 * Both maps are monotone (non-decreasing), and each undoes the other wherever the offsets correspond.
 * Each lookup is a binary search over the edits; the prefix sums are cached per form.
 */

interface EditIndex {
  edits: readonly TextEdit[];
  /** Display offset where each edit's replacement starts. */
  displayStarts: number[];
  /** Display-minus-stored shift once each edit has been passed. */
  shiftsAfter: number[];
}

const indexCache = new WeakMap<DisplayForm, EditIndex>();

function indexOf(form: DisplayForm): EditIndex {
  const cached = indexCache.get(form);
  if (cached?.edits === form.edits) return cached;
  const displayStarts: number[] = [];
  const shiftsAfter: number[] = [];
  let shift = 0;
  for (const edit of form.edits) {
    displayStarts.push(edit.start + shift);
    shift += edit.insert.length - (edit.end - edit.start);
    shiftsAfter.push(shift);
  }
  const built = { edits: form.edits, displayStarts, shiftsAfter };
  indexCache.set(form, built);
  return built;
}

/** Number of leading items for which `passed` holds (it must hold for a prefix of the items only). */
function countPassed(length: number, passed: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (passed(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where a stored offset falls in the display text; an insertion point maps after the inserted text. */
export function storedToDisplay(form: DisplayForm, storedOffset: number): number {
  const { edits, displayStarts, shiftsAfter } = indexOf(form);
  const passed = countPassed(edits.length, (index) => (edits[index]?.end ?? Infinity) <= storedOffset);
  const next = edits[passed];
  if (next && next.start < storedOffset) return displayStarts[passed] ?? storedOffset;
  return storedOffset + (passed > 0 ? (shiftsAfter[passed - 1] ?? 0) : 0);
}

/** Where a display offset falls in the stored text; inserted text maps to its insertion point. */
export function displayToStored(form: DisplayForm, displayOffset: number): number {
  const { edits, displayStarts, shiftsAfter } = indexOf(form);
  const displayEnd = (index: number): number =>
    (displayStarts[index] ?? Infinity) + (edits[index]?.insert.length ?? 0);
  const passed = countPassed(edits.length, (index) => displayEnd(index) <= displayOffset);
  const next = edits[passed];
  if (next && (displayStarts[passed] ?? Infinity) <= displayOffset) return next.start;
  return displayOffset - (passed > 0 ? (shiftsAfter[passed - 1] ?? 0) : 0);
}

/** Applies sorted, non-overlapping edits to the stored text. */
export function applyEdits(stored: string, edits: readonly TextEdit[]): string {
  let result = '';
  let cursor = 0;
  for (const edit of edits) {
    result += stored.slice(cursor, edit.start) + edit.insert;
    cursor = edit.end;
  }
  return result + stored.slice(cursor);
}
