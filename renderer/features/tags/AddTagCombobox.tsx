import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { addTag } from '../../db/tags/tags';
import { useAllTags } from '../../db/organize/hooks';
import { useUndoable } from '../organize/use-undoable';
import { matchTagPaths, normalizeTagPath } from './tag-match';

interface AddTagComboboxProps {
  abstractId: number;
  /** Paths already on the abstract; they are not offered again. */
  present: readonly string[];
}

/**
 * The reader's "Add tag" combobox (ARIA 1.2 pattern, list autocomplete): typing filters the existing
 * tags, ↑/↓ pick one, Enter adds the picked tag or, with none picked, the typed path (new tags and
 * their missing parents are created). Escape closes the list, then clears the field.
 */
export function AddTagCombobox({ abstractId, present }: AddTagComboboxProps): ReactNode {
  const allTags = useAllTags();
  const run = useUndoable();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const options = useMemo(() => {
    const taken = new Set(present);
    const paths = (allTags ?? []).map((tag) => tag.path).filter((path) => !taken.has(path));
    return matchTagPaths(paths, text);
  }, [allTags, present, text]);
  const expanded = open && options.length > 0;
  const activePath = expanded ? options[active] : undefined;

  const commit = (path: string): void => {
    const clean = normalizeTagPath(path);
    setText('');
    setActive(-1);
    setOpen(false);
    if (clean === '' || present.includes(clean)) return;
    void run(`Tagged ${clean}`, () => addTag(abstractId, clean));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (options.length === 0 ? -1 : (current + step + options.length) % options.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      commit(activePath ?? text);
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setText('');
      setActive(-1);
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return (
    <div className="add-tag">
      <input
        type="text"
        role="combobox"
        aria-label="Add tag"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activePath !== undefined ? `${listId}-${active}` : undefined}
        className="add-tag-input"
        placeholder="Add tag…"
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Tags" className="add-tag-options" hidden={!expanded}>
        {options.map((path, index) => (
          <li
            key={path}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="add-tag-option"
            // mousedown, not click: the field keeps focus, so the list does not close first.
            onMouseDown={(event) => {
              event.preventDefault();
              commit(path);
            }}
          >
            {path}
          </li>
        ))}
      </ul>
    </div>
  );
}
