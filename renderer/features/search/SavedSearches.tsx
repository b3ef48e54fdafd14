import { useState, type ReactNode } from 'react';
import { deleteSavedSearch, renameSavedSearch, useSavedSearches, type SavedSearchRow } from '../../db/search/saved-searches';
import { SidebarItem } from '../../ui/SidebarItem';
import { useUndoable } from '../organize/use-undoable';
import { NameDialog } from '../../ui/NameDialog';
import { useSearch } from './search-api';
import { useSearchState } from './search-context';

function SavedSearchEntry({ saved, onRun }: { saved: SavedSearchRow; onRun: () => void }): ReactNode {
  const { query } = useSearchState();
  // Live: the count follows the index, so tagging or editing an abstract updates it.
  const total = useSearch(saved.query)?.total;
  const run = useUndoable();
  const [renaming, setRenaming] = useState(false);
  return (
    <li className="saved-search-entry">
      <SidebarItem label={saved.name} count={total} current={query.trim() === saved.query} onSelect={onRun} />
      <span className="saved-search-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={`Rename saved search ${saved.name}`}
          title="Rename"
          onClick={() => setRenaming(true)}
        >
          ✎
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Delete saved search ${saved.name}`}
          title="Delete"
          onClick={() => void run(`Deleted saved search ${saved.name}`, () => deleteSavedSearch(saved.id))}
        >
          ×
        </button>
      </span>
      {renaming && (
        <NameDialog
          title="Rename saved search"
          submitLabel="Rename"
          initialName={saved.name}
          onClose={() => setRenaming(false)}
          onSubmit={(name) => void run(`Renamed saved search to ${name}`, () => renameSavedSearch(saved.id, name))}
        />
      )}
    </li>
  );
}

/**
 * The sidebar's "Saved searches": one entry per smart collection with its live count. Choosing one
 * shows the whole library searched with its query.
 */
export function SavedSearches({ onShowLibrary }: { onShowLibrary: () => void }): ReactNode {
  const saved = useSavedSearches() ?? [];
  const { setQuery } = useSearchState();
  if (saved.length === 0) return null;
  return (
    <>
      <h2 className="sidebar-heading" id="sidebar-saved-searches">
        Saved searches
      </h2>
      <ul className="sidebar-list" aria-labelledby="sidebar-saved-searches">
        {saved.map((row) => (
          <SavedSearchEntry
            key={row.id}
            saved={row}
            onRun={() => {
              onShowLibrary();
              setQuery(row.query);
            }}
          />
        ))}
      </ul>
    </>
  );
}
