import { useCallback, type ReactNode } from 'react';
import { Combobox } from '../../ui/Combobox';
import { addTag } from '../../db/tags/tags';
import { useAllTags } from '../../db/organize/hooks';
import { useUndoable } from '../undo';
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

  const options = useCallback(
    (typed: string) => {
      const taken = new Set(present);
      const paths = (allTags ?? []).map((tag) => tag.path).filter((path) => !taken.has(path));
      return matchTagPaths(paths, typed);
    },
    [allTags, present],
  );

  /** Adds the tag, if new here, and empties the field. */
  const commit = (path: string): string => {
    const clean = normalizeTagPath(path);
    if (clean !== '' && !present.includes(clean)) void run(`Tagged ${clean}`, () => addTag(abstractId, clean));
    return '';
  };

  return (
    <Combobox
      popup="dropdown"
      firstArrowOnlyOpens
      names={{ field: 'Add tag', list: 'Tags', placeholder: 'Add tag…' }}
      className={{ root: 'add-tag', input: 'add-tag-input', listbox: 'add-tag-options', option: 'add-tag-option' }}
      options={options}
      optionKey={(path) => path}
      renderOption={(path) => path}
      onChoose={commit}
      onEnterText={commit}
    />
  );
}
