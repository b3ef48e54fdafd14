import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Combobox } from '../../ui/Combobox';
import { findTitles } from '../../db/titles/title-index';
import type { PaletteCommand } from '../../ui/command-registry';
import { useRegisteredCommands } from '../../ui/command-registry';
import { PaletteInput } from './PaletteInput';
import { PaletteOption, type PaletteEntry } from './PaletteOption';
import { matchCommands } from './palette-match';

/** How many abstracts "go to abstract" offers under the commands. */
const ABSTRACT_LIMIT = 6;

export type PaletteChoice = { kind: 'command'; command: PaletteCommand } | { kind: 'abstract'; id: number };

interface PaletteDialogProps {
  onChoose: (choice: PaletteChoice) => void;
  onClose: () => void;
}

/**
 * The command palette's modal: a combobox filtering every registered command (fuzzy) and, below
 * them, the abstracts whose title matches (the title index every picker asks), to open one.
 */
export function PaletteDialog({ onChoose, onClose }: PaletteDialogProps): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const [asking, setAsking] = useState<PaletteCommand | null>(null);
  const commands = useRegisteredCommands();
  const options = useCallback(
    (typed: string, signal: AbortSignal): PaletteEntry[] | Promise<PaletteEntry[]> => {
      const matched: PaletteEntry[] = matchCommands(commands, typed).map((match) => ({ kind: 'command' as const, ...match }));
      if (typed.trim().length < 2) return matched;
      return findTitles(typed, ABSTRACT_LIMIT, { signal }).then((hits) => [...matched, ...hits.map((hit) => ({ kind: 'abstract' as const, ...hit }))]);
    },
    [commands],
  );

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const choose = (entry: PaletteEntry): void => {
    if (entry.kind === 'abstract') onChoose({ kind: 'abstract', id: entry.id });
    else if (entry.command.input) setAsking(entry.command);
    else onChoose({ kind: 'command', command: entry.command });
  };

  return (
    <dialog
      ref={dialog}
      aria-label="Command palette"
      className="dialog palette"
      onClose={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      {asking?.input ? (
        <PaletteInput
          title={asking.title}
          input={asking.input}
          onSubmit={(text) => onChoose({ kind: 'command', command: { ...asking, input: undefined, run: () => asking.input?.submit(text) } })}
        />
      ) : (
        <Combobox
          popup="listed"
          names={{ field: 'Command', list: 'Commands', placeholder: 'Type a command or an abstract’s title' }}
          className={{ input: 'palette-field', listbox: 'palette-list', option: 'palette-option' }}
          autoFocus
          options={options}
          optionKey={(entry) => (entry.kind === 'command' ? entry.command.id : `abstract-${entry.id}`)}
          renderOption={(entry) => <PaletteOption entry={entry} />}
          onChoose={choose}
          empty={<p className="palette-empty">No command or abstract matches.</p>}
        />
      )}
    </dialog>
  );
}
