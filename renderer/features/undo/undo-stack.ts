import type { UndoEntry } from './undo-context';

const MAX_ENTRIES = 100;

/** Past and undone actions. Pure bookkeeping: the caller runs the steps. */
export class UndoStack {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];

  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > MAX_ENTRIES) this.done.shift();
    this.undone = [];
  }

  /** The entry to undo next, moved to the redo side. */
  takeUndo(): UndoEntry | undefined {
    const entry = this.done.pop();
    if (entry) this.undone.push(entry);
    return entry;
  }

  takeRedo(): UndoEntry | undefined {
    const entry = this.undone.pop();
    if (entry) this.done.push(entry);
    return entry;
  }
}
