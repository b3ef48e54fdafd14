import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { exportAbstractJsonLd } from '../../db/annotations/export';
import { downloadText, fileStem } from './download';

interface MenuAction {
  label: string;
  run: () => Promise<void> | void;
}

/** The reader's "More actions" menu button (role menu, menuitems), with the annotation export. */
export function ReaderMenu({ abstractId, title }: { abstractId: number; title: string }): ReactNode {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const actions: MenuAction[] = [
    {
      label: 'Export annotations (JSON-LD)',
      run: async () => {
        const jsonLd = await exportAbstractJsonLd(abstractId);
        downloadText(`${fileStem(title)}.annotations.jsonld`, jsonLd, 'application/ld+json');
      },
    },
  ];

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
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
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };
  const choose = (action: MenuAction): void => {
    close();
    setProblem(null);
    Promise.resolve(action.run()).catch((error: unknown) =>
      setProblem(`${action.label} failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  return (
    <div className="reader-menu">
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `reader-menu-${abstractId}` : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        More actions
      </button>
      {open && (
        <div ref={menu} id={`reader-menu-${abstractId}`} role="menu" aria-label="More actions" className="reader-menu-list" onKeyDown={onMenuKey}>
          {actions.map((action) => (
            <button key={action.label} type="button" role="menuitem" tabIndex={-1} className="reader-menu-item" onClick={() => choose(action)}>
              {action.label}
            </button>
          ))}
        </div>
      )}
      {problem && (
        <p role="alert" className="reader-menu-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
