import type { ReactNode } from 'react';
import { useLibraryCount } from '../../db/abstracts/hooks';
import type { SourceSummary } from '../../db/schema/row-types';
import { ReadingLists } from '../lists/ReadingLists';
import { SavedSearches } from '../search/SavedSearches';
import { isEmptyFilter, withCondition } from '../organize/filter';
import type { LibraryFilter } from '../../db/organize/types';
import { StatusEntries } from '../organize/StatusEntries';
import { TagTree } from '../tags/TagTree';
import { SidebarItem } from '../../ui/SidebarItem';
import './library.css';

interface SidebarProps {
  filter: LibraryFilter;
  onFilterChange: (filter: LibraryFilter) => void;
  sources: readonly SourceSummary[];
  /** Sections other features add after the reading lists (e.g. synthesis notes). */
  children?: ReactNode;
  /** `<li>` entries for other main views (e.g. the graph), listed after Library and the statuses. */
  views?: ReactNode;
  /** False while another main view is shown, so Library is not marked current too. */
  libraryShown?: boolean;
}

/**
 * The `navigation` landmark: the whole library, statuses, reading lists, the Tags tree, then one
 * entry per imported capture. Entries narrow the filter: different kinds combine, the same kind replaces.
 */
export function Sidebar({ filter, onFilterChange, sources, children, views, libraryShown = true }: SidebarProps): ReactNode {
  const libraryCount = useLibraryCount();
  const narrow = (patch: LibraryFilter): void => onFilterChange(withCondition(filter, patch));
  return (
    <nav aria-label="Sidebar" className="sidebar-nav">
      <ul className="sidebar-list">
        <li>
          <SidebarItem
            label="Library"
            count={libraryCount}
            current={libraryShown && isEmptyFilter(filter)}
            onSelect={() => onFilterChange({})}
          />
        </li>
        <StatusEntries filter={filter} onFilterChange={narrow} />
        {views}
      </ul>
      <ReadingLists filter={filter} onFilterChange={narrow} />
      <SavedSearches onShowLibrary={() => onFilterChange({})} />
      {children}
      <TagTree selectedTagId={filter.tagId} onSelect={(tagId) => narrow({ tagId })} />
      {sources.length > 0 && (
        <>
          <h2 className="sidebar-heading" id="sidebar-sources">
            Sources
          </h2>
          <ul className="sidebar-list" aria-labelledby="sidebar-sources">
            {sources.map((source) => (
              <li key={source.hash}>
                <SidebarItem
                  label={source.fileName}
                  count={source.count}
                  current={filter.captureHash === source.hash}
                  onSelect={() => narrow({ captureHash: source.hash })}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
