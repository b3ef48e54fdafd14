import type { ReactNode } from 'react';
import './sidebar-item.css';

export function SidebarItem({
  label,
  count,
  current,
  onSelect,
  children,
}: {
  label: string;
  count: number | undefined;
  current: boolean;
  onSelect: () => void;
  /** Extra trailing content, e.g. a reading list's progress. */
  children?: ReactNode;
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
      {children}
    </button>
  );
}
