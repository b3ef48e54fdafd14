import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isEditableTarget } from '../../ui/is-editable-target';
import { UndoContext, type UndoApi, type UndoEntry } from './undo-context';
import { UndoStack } from './undo-stack';
import { UndoToast, type ToastState } from './UndoToast';

const TOAST_MS = 8_000;

/** App-wide undo and redo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) with an "Undo" toast after each action. */
export function UndoProvider({ children }: { children: ReactNode }): ReactNode {
  const stack = useRef(new UndoStack());
  const [toast, setToast] = useState<ToastState | null>(null);

  const run = useCallback(async (entry: UndoEntry | undefined, step: 'undo' | 'redo'): Promise<void> => {
    if (!entry) return;
    try {
      await entry[step]();
      setToast({ message: `${step === 'undo' ? 'Undone' : 'Redone'}: ${entry.label}`, canUndo: step === 'redo' });
    } catch (error) {
      setToast({ message: `Could not ${step} “${entry.label}”: ${error instanceof Error ? error.message : String(error)}`, canUndo: false, failed: true });
    }
  }, []);

  const api = useMemo<UndoApi>(
    () => ({
      push: (entry) => {
        stack.current.push(entry);
        setToast({ message: entry.label, canUndo: true });
      },
      showFailure: (message) => setToast({ message, canUndo: false, failed: true }),
      notify: (message) => setToast({ message, canUndo: false }),
      undo: () => run(stack.current.takeUndo(), 'undo'),
      redo: () => run(stack.current.takeRedo(), 'redo'),
    }),
    [run],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isEditableTarget(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) void api.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') void api.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [api]);

  useEffect(() => {
    if (toast === null) return;
    const timer = window.setTimeout(() => setToast(null), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast]);

  return (
    <UndoContext.Provider value={api}>
      {children}
      <UndoToast toast={toast} onUndo={() => void api.undo()} onDismiss={() => setToast(null)} />
    </UndoContext.Provider>
  );
}
