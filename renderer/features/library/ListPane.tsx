import { useMemo, useState, type ReactNode } from 'react';
import { useAbstractIds } from '../../db/abstracts/hooks';
import type { SortKey, SourceSummary } from '../../db/schema/row-types';
import { useImportActivity } from '../import';
import { ReadingListView } from '../lists';
import { BulkBar } from '../organize';
import { FilterChips } from '../organize';
import { filterKey, isEmptyFilter, withoutCondition } from '../organize';
import { useFilterTitle } from '../organize';
import type { LibraryFilter } from '../../db/organize/types';
import { SearchBox } from '../search';
import { isSearching, useSearchState } from '../search';
import { useSearchedIds } from '../search';
import { AbstractList } from './AbstractList';
import { countLabel } from '../../ui/format';
import { SortSelect } from './SortSelect';
import { ExportButton } from '../export';
import './library.css';

interface ListPaneProps {
  filter: LibraryFilter;
  onFilterChange: (filter: LibraryFilter) => void;
  sort: SortKey;
  onSortChange: (sort: SortKey) => void;
  openId: number | null;
  onOpen: (id: number) => void;
  sources: readonly SourceSummary[];
}

/** The middle pane: the current view's name and size, the filter, the sort, and the list itself. */
export function ListPane({ filter, onFilterChange, sort, onSortChange, openId, onOpen, sources }: ListPaneProps): ReactNode {
  const viewIds = useAbstractIds(filter, sort);
  // With a query, the list shows the search's results in rank order (see useSearchedIds).
  const search = useSearchState();
  const searching = isSearching(search);
  const ids = useSearchedIds(viewIds, filter);
  const showsList = filter.listId === undefined || searching;
  const activity = useImportActivity();
  const title = useFilterTitle(filter, sources);
  // A selection belongs to the view it was made in; a new filter or sort starts without one.
  const viewKey = `${filterKey(filter)}|${sort}|${search.query.trim()}`;
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<number> | null }>({ key: viewKey, ids: null });
  const selected = selection.key === viewKey ? selection.ids : null;
  const selectedIds = useMemo(() => (selected && ids ? ids.filter((id) => selected.has(id)) : []), [selected, ids]);
  const sourceNames = useMemo(
    () => new Map(sources.map((source) => [source.hash, source.fileName])),
    [sources],
  );
  return (
    <div className="list-pane">
      <div className="list-pane-header">
        <div className="list-pane-heading">
          <h2 className="list-pane-title" dir="auto">
            {title}
          </h2>
          {ids && <span className="list-pane-count">{countLabel(ids.length, searching ? 'result' : 'abstract')}</span>}
        </div>
        <div className="list-pane-tools">
          {ids && (
            <ExportButton selectedIds={selectedIds} viewIds={ids} viewTitle={searching ? 'search' : title} filter={filter} searching={searching} />
          )}
          {filter.listId === undefined && !searching && <SortSelect sort={sort} onChange={onSortChange} />}
        </div>
      </div>
      <SearchBox />
      <FilterChips filter={filter} sources={sources} onFilterChange={onFilterChange} />
      {selectedIds.length > 1 && (
        <BulkBar ids={selectedIds} onClear={() => setSelection({ key: viewKey, ids: null })} />
      )}
      {ids && !showsList && filter.listId !== undefined && (
        <ReadingListView
          listId={filter.listId}
          visibleIds={ids}
          openId={openId}
          onOpen={onOpen}
          onDeleted={() => onFilterChange(withoutCondition(filter, 'listId'))}
        />
      )}
      {ids && ids.length > 0 && showsList && (
        // A new view or sort starts at the top (or at the open abstract), with a fresh cursor.
        <AbstractList
          key={viewKey}
          ids={ids}
          openId={openId}
          onOpen={onOpen}
          sourceNames={sourceNames}
          selected={selected}
          onSelectedChange={(next) => setSelection({ key: viewKey, ids: next })}
        />
      )}
      {ids && ids.length === 0 && searching && (
        <div className="empty-state">
          <p className="empty-state-title">No results</p>
          <p className="empty-state-hint">Nothing here matches the search. Check the spelling, or press Escape to clear it.</p>
        </div>
      )}
      {ids && ids.length === 0 && !searching && filter.listId === undefined && !isEmptyFilter(filter) && (
        <div className="empty-state">
          <p className="empty-state-title">Nothing matches</p>
          <p className="empty-state-hint">No abstract meets every filter above. Remove a filter to see more.</p>
        </div>
      )}
      {ids && ids.length === 0 && !searching && isEmptyFilter(filter) && activity.phase !== 'running' && (
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
