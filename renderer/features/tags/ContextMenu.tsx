import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuEntry {
  label: string;
  onChoose: () => void;
  danger?: boolean;
}

interface ContextMenuProps {
  label: string;
  x: number;
  y: number;
  entries: readonly MenuEntry[];
  onClose: () => void;
}

/**
 * A `menu` of `menuitem`s at a point: the first item takes focus, ↑/↓/Home/End move, Enter
 * chooses, Escape or Tab or a click elsewhere closes.
 */
export function ContextMenu({ label, x, y, entries, onClose }: ContextMenuProps): ReactNode {
  const menuRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);

  const items = (): HTMLElement[] => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const all = items();
    const index = all.findIndex((item) => item === document.activeElement);
    const to = (next: number): void => all[(next + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') to(index + 1);
    else if (event.key === 'ArrowUp') to(index - 1);
    else if (event.key === 'Home') to(0);
    else if (event.key === 'End') to(all.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <ul
      ref={menuRef}
      role="menu"
      aria-label={label}
      className="context-menu"
      style={{ left: Math.min(x, window.innerWidth - 200), top: Math.min(y, window.innerHeight - 220) }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) onClose();
      }}
    >
      {entries.map((entry) => (
        <li
          key={entry.label}
          role="menuitem"
          tabIndex={-1}
          className="context-menu-item"
          data-danger={entry.danger || undefined}
          onClick={entry.onChoose}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            event.stopPropagation();
            entry.onChoose();
          }}
        >
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
