import { useMemo, type ReactNode } from 'react';
import { useAbstractIds } from '../../db/hooks';
import type { LibraryView, SortKey, SourceSummary } from '../../db/types';
import { useImportActivity } from '../import/import-context';
import { AbstractList } from './AbstractList';
import { countLabel } from './format';
import { SortSelect } from './SortSelect';
import './library.css';

interface ListPaneProps {
  view: LibraryView;
  sort: SortKey;
  onSortChange: (sort: SortKey) => void;
  openId: number | null;
  onOpen: (id: number) => void;
  sources: readonly SourceSummary[];
}

function viewTitle(view: LibraryView, sources: readonly SourceSummary[]): string {
  if (view.kind === 'library') return 'Library';
  return sources.find((source) => source.hash === view.captureHash)?.fileName ?? 'Source';
}

function viewKey(view: LibraryView): string {
  return view.kind === 'library' ? 'library' : `source:${view.captureHash}`;
}

/** The middle pane: the current view's name and size, the sort, and the list itself. */
export function ListPane({ view, sort, onSortChange, openId, onOpen, sources }: ListPaneProps): ReactNode {
  const ids = useAbstractIds(view, sort);
  const activity = useImportActivity();
  const sourceNames = useMemo(
    () => new Map(sources.map((source) => [source.hash, source.fileName])),
    [sources],
  );
  return (
    <div className="list-pane">
      <div className="list-pane-header">
        <div className="list-pane-heading">
          <h2 className="list-pane-title" dir="auto">
            {viewTitle(view, sources)}
          </h2>
          {ids && <span className="list-pane-count">{countLabel(ids.length, 'abstract')}</span>}
        </div>
        <SortSelect sort={sort} onChange={onSortChange} />
      </div>
      {ids && ids.length > 0 && (
        // A new view or sort starts at the top (or at the open abstract), with a fresh cursor.
        <AbstractList
          key={`${viewKey(view)}|${sort}`}
          ids={ids}
          openId={openId}
          onOpen={onOpen}
          sourceNames={sourceNames}
        />
      )}
      {ids && ids.length === 0 && activity.phase !== 'running' && (
        <div className="empty-state">
          <p className="empty-state-title">No abstracts yet</p>
          <p className="empty-state-hint">
            Import a capture with the Import button, or drop capture files anywhere on the window.
          </p>
        </div>
      )}
    </div>
  );
}
