import { useCallback, useState, type ReactNode } from 'react';
import { Combobox } from '../../ui/Combobox';
import { addTag, useAllTags } from '../organize/organize-api';
import { useUndoable } from '../organize/use-undoable';
import { matchTagPaths, normalizeTagPath } from './tag-match';

interface AddTagComboboxProps {
  abstractId: number;
  /** Paths already on the abstract; they are not offered again. */
  present: readonly string[];
}

/**
 * The reader's "Add tag" combobox: typing filters the existing tags, ↑/↓ pick one, Enter adds the
 * picked tag or, with none picked, the typed path (new tags and their missing parents are created).
 * Escape closes the list, then clears the field.
 */
export function AddTagCombobox({ abstractId, present }: AddTagComboboxProps): ReactNode {
  const allTags = useAllTags();
  const run = useUndoable();
  const [text, setText] = useState('');

  const options = useCallback(
    (typed: string) => {
      const taken = new Set(present);
      const paths = (allTags ?? []).map((tag) => tag.path).filter((path) => !taken.has(path));
      return matchTagPaths(paths, typed);
    },
    [allTags, present],
  );

  const commit = (path: string): void => {
    const clean = normalizeTagPath(path);
    setText('');
    if (clean === '' || present.includes(clean)) return;
    void run(`Tagged ${clean}`, () => addTag(abstractId, clean));
  };

  return (
    <div className="add-tag">
      <Combobox
        popup="dropdown"
        firstArrowOnlyOpens
        label="Add tag"
        listLabel="Tags"
        placeholder="Add tag…"
        className={{ input: 'add-tag-input', listbox: 'add-tag-options', option: 'add-tag-option' }}
        text={text}
        onTextChange={setText}
        options={options}
        optionKey={(path) => path}
        renderOption={(path) => path}
        onChoose={commit}
        onEnterText={commit}
      />
    </div>
  );
}
