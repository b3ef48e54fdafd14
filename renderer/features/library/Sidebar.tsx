import type { ReactNode } from 'react';
import { useLibraryCount } from '../../db/hooks';
import type { LibraryView, SourceSummary } from '../../db/types';
import './library.css';

interface SidebarProps {
  view: LibraryView;
  onViewChange: (view: LibraryView) => void;
  sources: readonly SourceSummary[];
}

function SidebarItem({
  label,
  count,
  current,
  onSelect,
}: {
  label: string;
  count: number | undefined;
  current: boolean;
  onSelect: () => void;
}): ReactNode {
  return (
    <button
      type="button"
      className="sidebar-item"
      aria-current={current ? 'true' : undefined}
      onClick={onSelect}
    >
      <span className="sidebar-item-label" dir="auto" title={label}>
        {label}
      </span>
      {count !== undefined && <span className="sidebar-item-count">{count.toLocaleString('en-US')}</span>}
    </button>
  );
}

/** The `navigation` landmark: the whole library, then one entry per imported capture. */
export function Sidebar({ view, onViewChange, sources }: SidebarProps): ReactNode {
  const libraryCount = useLibraryCount();
  return (
    <nav aria-label="Sidebar" className="sidebar-nav">
      <ul className="sidebar-list">
        <li>
          <SidebarItem
            label="Library"
            count={libraryCount}
            current={view.kind === 'library'}
            onSelect={() => onViewChange({ kind: 'library' })}
          />
        </li>
      </ul>
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
                  current={view.kind === 'source' && view.captureHash === source.hash}
                  onSelect={() => onViewChange({ kind: 'source', captureHash: source.hash })}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
