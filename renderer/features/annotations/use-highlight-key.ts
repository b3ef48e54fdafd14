import { useEffect } from 'react';
import { isEditableTarget } from '../../ui/is-editable-target';

/** `h` (no modifiers, outside text fields) runs `highlight`. */
export function useHighlightKey(highlight: () => boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'h' || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isEditableTarget(event.target)) return;
      if (highlight()) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [highlight]);
}
