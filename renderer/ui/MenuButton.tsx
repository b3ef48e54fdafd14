import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './menu-button.css';

export interface MenuChoice {
  key: string;
  label: string;
  run: () => void;
}

interface MenuButtonProps {
  label: string;
  choices: readonly MenuChoice[];
  /** The choice focused when the menu opens (the one used last), so Enter repeats it. */
  focusKey?: string;
  small?: boolean;
  /** The side of the button the menu lines up with: a button at the right edge opens its menu leftwards. */
  align?: 'left' | 'right';
}

/** A button that opens a menu of choices (role menu, menuitems; arrows, Escape and Tab as usual). */
export function MenuButton({ label, choices, focusKey, small, align = 'left' }: MenuButtonProps): ReactNode {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  // Focus moves only when the menu opens, not when the remembered choice changes under it.
  const focusKeyOnOpen = useRef(focusKey);
  focusKeyOnOpen.current = focusKey;

  useEffect(() => {
    if (!open) return;
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    (items.find((item) => item.dataset.key === focusKeyOnOpen.current) ?? items[0])?.focus();
    const onPointer = (event: PointerEvent): void => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };
  const onMenuKey = (event: KeyboardEvent): void => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else if (event.key === 'Home') items[0]?.focus();
    else if (event.key === 'End') items[items.length - 1]?.focus();
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        className={small ? 'button button-small' : 'button'}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        {label}
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" aria-label={label} className={`menu-button-list menu-button-list-${align}`} onKeyDown={onMenuKey}>
          {choices.map((choice) => (
            <button
              key={choice.key}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-key={choice.key}
              className="menu-button-item"
              onClick={() => {
                close();
                choice.run();
              }}
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
