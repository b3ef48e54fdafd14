// The undo contract of the data layer: every write the user can take back returns a Reversible.

/** What a mutating action hands back: its two directions, each one transaction. */
export interface Reversible {
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}
