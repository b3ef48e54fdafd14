import type { ReactNode } from 'react';
import { SidebarItem } from '../../ui/SidebarItem';
import { useStatusCounts } from '../../db/organize/hooks';
import type { LibraryFilter } from '../../db/organize/types';
import './organize.css';

interface StatusEntriesProps {
  filter: LibraryFilter;
  onFilterChange: (patch: LibraryFilter) => void;
}

/** Sidebar entries "Unread", "Reading" and "Starred"; each narrows the current filter. */
export function StatusEntries({ filter, onFilterChange }: StatusEntriesProps): ReactNode {
  const counts = useStatusCounts();
  return (
    <>
      <li>
        <SidebarItem
          label="Unread"
          count={counts?.unread}
          current={filter.status === 'unread'}
          onSelect={() => onFilterChange({ status: 'unread' })}
        />
      </li>
      <li>
        <SidebarItem
          label="Reading"
          count={counts?.reading}
          current={filter.status === 'reading'}
          onSelect={() => onFilterChange({ status: 'reading' })}
        />
      </li>
      <li>
        <SidebarItem
          label="Starred"
          count={counts?.starred}
          current={filter.starred === true}
          onSelect={() => onFilterChange({ starred: true })}
        />
      </li>
    </>
  );
}
