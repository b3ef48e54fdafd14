import { useEffect, useRef, type RefObject } from 'react';

/**
 * Focuses (and selects) a dialog's first field once the dialog is open. `autoFocus` can't do it:
 * React focuses on mount, before the `<dialog>` is shown (its effect runs after its children's),
 * and showModal then focuses the first button instead. A microtask runs after every effect.
 */
export function useDialogFocus(): RefObject<HTMLInputElement | null> {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    queueMicrotask(() => {
      ref.current?.focus();
      ref.current?.select();
    });
  }, []);
  return ref;
}
