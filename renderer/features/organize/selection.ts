/** Modifier keys of a click on a list row. */
export interface PickModifiers {
  /** Ctrl or Cmd: add or remove this row. */
  toggle: boolean;
  /** Shift: select from the anchor to this row. */
  range: boolean;
}

export interface SelectionState {
  cursorId: number | null;
  anchorId: number | null;
  /** null: the selection is the cursor's row alone. */
  selected: ReadonlySet<number> | null;
}

/** The rows from `fromId` to `toId` in list order, both included. */
export function selectRange(ids: readonly number[], fromId: number, toId: number): Set<number> {
  const from = ids.indexOf(fromId);
  const to = ids.indexOf(toId);
  if (from < 0 || to < 0) return new Set([toId]);
  return new Set(ids.slice(Math.min(from, to), Math.max(from, to) + 1));
}

/**
 * The selection after a click, as in file managers: a plain click selects one row (and opens it),
 * Ctrl/Cmd toggles a row and moves the anchor there, Shift selects anchor…row.
 * A result of `selected: null` means a single, plain selection.
 */
export function selectionAfterPick(
  ids: readonly number[],
  state: SelectionState,
  id: number,
  modifiers: PickModifiers,
): { selected: ReadonlySet<number> | null; anchorId: number } {
  if (modifiers.range) {
    const anchor = state.anchorId ?? state.cursorId ?? id;
    return { selected: selectRange(ids, anchor, id), anchorId: anchor };
  }
  if (modifiers.toggle) {
    const next = new Set(state.selected ?? (state.cursorId === null ? [] : [state.cursorId]));
    if (!next.delete(id)) next.add(id);
    return { selected: next, anchorId: id };
  }
  return { selected: null, anchorId: id };
}
