import { useEffect } from 'react';

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

/**
 * Window-wide keys of the shell: F6 / Shift+F6 move between the sidebar, the list and the reader,
 * as in desktop mail readers. (Ctrl/Cmd+O, Import…, comes through the host's commands.)
 */
export function useAppShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.key !== 'F6' || event.ctrlKey || event.metaKey || event.altKey)
        return;
      event.preventDefault();
      focusNextPane(event.shiftKey);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
