import type { ReactNode } from 'react';
import { useReviews } from '../../db/screening/hooks';
import { SidebarItem } from '../../ui/SidebarItem';

/** The sidebar's "Reviews" entry (an `<li>`), with the number of reviews once there is one. */
export function ReviewsEntry({ current, onSelect }: { current: boolean; onSelect: () => void }): ReactNode {
  const count = useReviews()?.length;
  return (
    <li>
      <SidebarItem label="Reviews" count={count === 0 ? undefined : count} current={current} onSelect={onSelect} />
    </li>
  );
}
