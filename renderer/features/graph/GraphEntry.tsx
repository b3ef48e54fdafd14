import type { ReactNode } from 'react';
import { SidebarItem } from '../../ui/SidebarItem';

/** The sidebar's "Graph" entry (an `<li>`), which switches the main area to the graph view. */
export function GraphEntry({ current, onSelect }: { current: boolean; onSelect: () => void }): ReactNode {
  return (
    <li>
      <SidebarItem label="Graph" count={undefined} current={current} onSelect={onSelect} />
    </li>
  );
}
