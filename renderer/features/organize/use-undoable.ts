import { useCallback } from 'react';
import { useUndo } from '../undo/undo-context';
import type { Reversible } from './organize-api';

export type { Reversible };

/**
 * Runs an organize action and records it for Ctrl+Z with a past-tense label
 * ("Tagged 5 abstracts"); failures show in the toast instead of being lost.
 */
export function useUndoable(): (label: string, action: () => Promise<Reversible>) => Promise<void> {
  const undo = useUndo();
  return useCallback(
    async (label, action) => {
      const reversible = await action();
      undo.push({ label, undo: reversible.undo, redo: reversible.redo });
    },
    [undo],
  );
}
