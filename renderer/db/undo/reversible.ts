// The undo domain owns the contract every undoable write returns (Reversible) and the change sets that replay a write either way.

/** What a mutating action hands back: its two directions, each one transaction. */
export interface Reversible {
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}
