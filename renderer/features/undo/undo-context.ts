import { createContext, useContext } from 'react';

/** One user action that can be taken back and done again. Both steps run as whole transactions. */
export interface UndoEntry {
  /** Past tense, shown in the toast: "Deleted highlight", "Tagged 5 abstracts". */
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

export interface UndoApi {
  /** Records an action the user has just done, and offers to undo it. */
  push(entry: UndoEntry): void;
  /** Tells the user an action did not happen, in the same toast, as an alert. */
  showFailure(message: string): void;
  /** Tells the user something was done that there is nothing to undo for ("Copied APA 7th citation"). */
  notify(message: string): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export const UndoContext = createContext<UndoApi | null>(null);

export function useUndo(): UndoApi {
  const api = useContext(UndoContext);
  if (api === null) throw new Error('useUndo must be used inside <UndoProvider>');
  return api;
}
