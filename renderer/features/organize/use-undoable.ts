import { useCallback } from 'react';
import { useUndo } from '../undo/undo-context';
import type { Reversible } from '../../db/undo/reversible';

export type { Reversible };

/** Runs an action, records it for Ctrl+Z, and resolves whether it was done. It never rejects. */
export type RunUndoable = (label: string, action: () => Promise<Reversible>, reportFailure?: (message: string) => void) => Promise<boolean>;

/**
 * Runs an organize action and records it for Ctrl+Z with a past-tense label ("Tagged 5 abstracts").
 * A failure shows in the toast as an alert, or goes to `reportFailure` when the caller shows it
 * itself (a dialog's error line), instead of being lost as an unhandled rejection.
 */
export function useUndoable(): RunUndoable {
  const undo = useUndo();
  return useCallback(
    async (label, action, reportFailure) => {
      try {
        const reversible = await action();
        undo.push({ label, undo: reversible.undo, redo: reversible.redo });
        return true;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (reportFailure) reportFailure(reason);
        else undo.showFailure(`Not done: ${label}. ${reason}`);
        return false;
      }
    },
    [undo],
  );
}
