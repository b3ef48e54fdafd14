import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLibraryCount } from '../../db/abstracts/hooks';
import { scopeChoices, type LiveScope } from '../../db/export/scope';
import { useLists } from '../../db/organize/hooks';
import type { LibraryFilter } from '../../db/organize/types';
import { useCommands } from '../../ui/command-registry';
import { ExportDialog } from './ExportDialog';

interface ExportButtonProps {
  /** The rows selected in the list, in list order; [] when none. */
  selectedIds: readonly number[];
  /** What the list shows now, a search's results included. */
  viewIds: readonly number[];
  viewTitle: string;
  filter: LibraryFilter;
  searching: boolean;
}

/** The current view as a scope that can be kept updated: exactly one tag, one list, or everything. */
function liveScopeOfView(filter: LibraryFilter, searching: boolean): LiveScope | null {
  if (searching) return null;
  const conditions = Object.entries(filter).filter(([, value]) => value !== undefined);
  if (conditions.length === 0) return { kind: 'library' };
  if (conditions.length > 1) return null;
  if (filter.tagId !== undefined) return { kind: 'tag', tagId: filter.tagId };
  if (filter.listId !== undefined) return { kind: 'list', listId: filter.listId };
  return null;
}

const isExportKey = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'e';

/** "Export…" above the list, Ctrl+Shift+E and the palette's "Export…": the Export dialog. */
export function ExportButton({ selectedIds, viewIds, viewTitle, filter, searching }: ExportButtonProps): ReactNode {
  const [open, setOpen] = useState(false);
  const lists = useLists();
  const libraryCount = useLibraryCount();
  useCommands(useMemo(() => [{ id: 'export.open', title: 'Export…', shortcut: 'Ctrl+Shift+E', keywords: 'bibtex biblatex csl-json ris obsidian vault annotations download save', run: () => setOpen(true) }], []));
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || !isExportKey(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  const live = liveScopeOfView(filter, searching);
  return (
    <>
      <button type="button" className="button button-small" aria-keyshortcuts="Control+Shift+E" title="Export these abstracts (Ctrl+Shift+E)" onClick={() => setOpen(true)}>
        Export…
      </button>
      {open && (
        <ExportDialog
          // The choices are fixed while the dialog is open: a live count changing under the user is confusing.
          choices={scopeChoices({
            selectedIds,
            view: { ids: viewIds, title: viewTitle, live },
            lists: lists ?? [],
            libraryCount: libraryCount ?? 0,
          })}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
