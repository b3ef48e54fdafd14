import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { PaletteDialog, type PaletteChoice } from './PaletteDialog';
import './palette.css';

/** Ctrl+K (Cmd+K) or Ctrl+Shift+P, as in editors; both work in text fields too. */
function isPaletteKey(event: KeyboardEvent): boolean {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  return mod && !event.altKey && ((key === 'k' && !event.shiftKey) || (key === 'p' && event.shiftKey));
}

/**
 * The command palette: every registered command (see `useCommands`) and every abstract, one
 * keystroke away. Mounted once in the shell.
 */
export function CommandPalette({ onOpenAbstract }: { onOpenAbstract: (id: number) => void }): ReactNode {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isPaletteKey(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const choose = useCallback(
    (choice: PaletteChoice) => {
      // Close first, so a command that opens a dialog or moves the focus is not undone by the palette's closing.
      setOpen(false);
      setProblem(null);
      if (choice.kind === 'abstract') {
        onOpenAbstract(choice.id);
        return;
      }
      const { command } = choice;
      window.setTimeout(() => {
        Promise.resolve(command.run?.()).catch((error: unknown) =>
          setProblem(`${command.title} failed: ${error instanceof Error ? error.message : String(error)}`),
        );
      }, 0);
    },
    [onOpenAbstract],
  );

  return (
    <>
      {open && <PaletteDialog onChoose={choose} onClose={() => setOpen(false)} />}
      {problem && (
        <p role="alert" className="palette-problem" onClick={() => setProblem(null)}>
          {problem}
        </p>
      )}
    </>
  );
}
