import { useEffect, type ReactNode } from 'react';
import { duplicateScanner } from '../../db/duplicates/duplicate-scanner';
import { SidebarItem } from '../../ui/SidebarItem';
import { useDuplicateScan } from './use-duplicate-scan';

/** The first scan waits this long after start, so it never competes with the first rows and the search index. */
const FIRST_SCAN_DELAY_MS = 1500;

/** The sidebar's "Possible duplicates" entry (an `<li>`), with the number of pairs once a scan has counted them. */
export function DuplicatesEntry({ current, onSelect }: { current: boolean; onSelect: () => void }): ReactNode {
  const { pairs } = useDuplicateScan();
  useEffect(() => duplicateScanner().scanSoon(FIRST_SCAN_DELAY_MS), []);
  return (
    <li>
      <SidebarItem label="Possible duplicates" count={pairs?.length} current={current} onSelect={onSelect} />
    </li>
  );
}
