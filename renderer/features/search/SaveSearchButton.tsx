import type { ReactNode } from 'react';
import { createSavedSearch } from '../../db/search/saved-searches';
import { useUndoable } from '../organize/use-undoable';

/** "Save search": keeps the query as a smart collection in the sidebar, named after it (rename it there). */
export function SaveSearchButton({ query, disabled }: { query: string; disabled: boolean }): ReactNode {
  const run = useUndoable();
  return (
    <button
      type="button"
      className="button button-small"
      disabled={disabled}
      onClick={() => void run(`Saved search ${query.trim()}`, () => createSavedSearch(query))}
    >
      Save search
    </button>
  );
}
