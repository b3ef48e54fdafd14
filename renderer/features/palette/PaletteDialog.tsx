import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useSearch } from '../search';
import type { PaletteCommand } from '../../ui/command-registry';
import { useRegisteredCommands } from '../../ui/command-registry';
import { PaletteInput } from './PaletteInput';
import { PaletteOption } from './PaletteOption';
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
 * them, the abstracts whose text matches (through the search index), to open one by its title.
 */
export function PaletteDialog({ onChoose, onClose }: PaletteDialogProps): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [asking, setAsking] = useState<PaletteCommand | null>(null);
  const commands = useRegisteredCommands();
  const matches = useMemo(() => matchCommands(commands, query), [commands, query]);
  const found = useSearch(query.trim().length >= 2 ? query : '');
  const abstractIds = found?.ids.slice(0, ABSTRACT_LIMIT) ?? [];
  const count = matches.length + abstractIds.length;
  const activeIndex = Math.min(active, Math.max(0, count - 1));

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  useEffect(() => {
    dialog.current?.querySelector(`#${CSS.escape(optionDomId(listId, activeIndex))}`)?.scrollIntoView({ block: 'nearest' });
  }, [listId, activeIndex]);

  const choose = (index: number): void => {
    const match = matches[index];
    if (match) {
      if (match.command.input) setAsking(match.command);
      else onChoose({ kind: 'command', command: match.command });
      return;
    }
    const id = abstractIds[index - matches.length];
    if (id !== undefined) onChoose({ kind: 'abstract', id });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') setActive((activeIndex + 1) % Math.max(1, count));
    else if (event.key === 'ArrowUp') setActive((activeIndex - 1 + count) % Math.max(1, count));
    else if (event.key === 'Home' && event.ctrlKey) setActive(0);
    else if (event.key === 'End' && event.ctrlKey) setActive(Math.max(0, count - 1));
    else if (event.key === 'Enter') choose(activeIndex);
    else return;
    event.preventDefault();
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
        <>
          <input
            type="text"
            role="combobox"
            aria-label="Command"
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={count > 0 ? optionDomId(listId, activeIndex) : undefined}
            className="palette-field"
            placeholder="Type a command or an abstract’s title"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <div role="listbox" id={listId} aria-label="Commands" className="palette-list">
            {matches.map((match, index) => (
              <PaletteOption
                key={match.command.id}
                domId={optionDomId(listId, index)}
                active={index === activeIndex}
                kind="command"
                command={match.command}
                indexes={match.indexes}
                onPick={() => choose(index)}
              />
            ))}
            {abstractIds.map((id, offset) => (
              <PaletteOption
                key={`abstract-${id}`}
                domId={optionDomId(listId, matches.length + offset)}
                active={matches.length + offset === activeIndex}
                kind="abstract"
                abstractId={id}
                onPick={() => choose(matches.length + offset)}
              />
            ))}
          </div>
          {count === 0 && <p className="palette-empty">No command or abstract matches.</p>}
        </>
      )}
    </dialog>
  );
}

function optionDomId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}
