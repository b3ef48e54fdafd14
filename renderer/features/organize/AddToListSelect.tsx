import type { ReactNode } from 'react';
import { addToList } from '../../db/lists/lists';
import { useLists } from '../../db/organize/hooks';
import { useUndoable } from './use-undoable';

/** The reader's "Add to reading list" select (shown once a list exists). */
export function AddToListSelect({ abstractId }: { abstractId: number }): ReactNode {
  const choices = useLists() ?? [];
  const run = useUndoable();
  if (choices.length === 0) return null;
  return (
    <select
      aria-label="Add to reading list"
      className="bulk-select"
      value=""
      onChange={(event) => {
        const list = choices.find((entry) => String(entry.id) === event.target.value);
        if (list) void run(`Added to ${list.name}`, () => addToList(list.id, [abstractId]));
      }}
    >
      <option value="" disabled>
        Add to list…
      </option>
      {choices.map((list) => (
        <option key={list.id} value={list.id}>
          {list.name}
        </option>
      ))}
    </select>
  );
}
