import { useEffect } from 'react';
import { focusSearchBox, SEARCH_BOX_ID } from '../features/search';
import { isEditableTarget } from '../ui/is-editable-target';

/** Panes in F6 order; each names the element that takes focus. */
const PANE_TARGETS = [
  '.sidebar-nav [aria-current="true"], .sidebar-nav [role="treeitem"][aria-selected="true"]',
  '[role="listbox"][aria-label="Abstracts"]',
  'section[aria-label="Reader"]',
];

function focusNextPane(backwards: boolean): void {
  const targets = PANE_TARGETS.map((selector) => document.querySelector<HTMLElement>(selector)).filter(
    (el): el is HTMLElement => el !== null,
  );
  if (targets.length === 0) return;
  const current = targets.findIndex((el) => el.contains(document.activeElement));
  const step = backwards ? -1 : 1;
  targets[(current + step + targets.length) % targets.length]?.focus();
}

/** `/` (outside text fields, where it is typed) or Ctrl/Cmd+F: the search box, as in mail and chat apps. */
function isSearchKey(event: KeyboardEvent): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (event.key === '/' && !mod && !event.altKey) return !isEditableTarget(event.target);
  return mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f';
}

/**
 * Window-wide keys of the shell: F6 / Shift+F6 move between the sidebar, the list and the reader,
 * as in desktop mail readers; `/` or Ctrl+F focuses the search box. (Ctrl/Cmd+O, Import…, comes through the host's commands.)
 */
export function useAppShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!event.defaultPrevented && isSearchKey(event) && document.getElementById(SEARCH_BOX_ID)) {
        event.preventDefault();
        focusSearchBox();
        return;
      }
      if (event.defaultPrevented || event.key !== 'F6' || event.ctrlKey || event.metaKey || event.altKey)
        return;
      event.preventDefault();
      focusNextPane(event.shiftKey);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
