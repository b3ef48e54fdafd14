import { useId, type ReactNode } from 'react';
import { useHideImportLinks } from '../../db/links/hooks';
import type { LinkItem } from '../../db/links/queries';
import { setHideImportLinks } from '../../db/links/settings';
import { LinkItems } from './LinkGroupList';

/**
 * The "on the same page" links the import made, apart from the user's own, under their own
 * heading. Hiding them is remembered for every abstract.
 */
export function ImportLinks({ items, onOpen }: { items: readonly LinkItem[]; onOpen: (id: number) => void }): ReactNode {
  const headingId = useId();
  const hidden = useHideImportLinks();
  if (hidden === undefined) return null;
  return (
    <section className="link-group link-import" aria-labelledby={headingId}>
      <div className="link-import-header">
        <h4 id={headingId} className="link-group-title">
          On the same page
          <span className="link-import-qualifier"> · from the import</span>
        </h4>
        <button type="button" className="link-button link-import-toggle" onClick={() => void setHideImportLinks(!hidden)}>
          {hidden ? `Show ${items.length} same-page ${items.length === 1 ? 'link' : 'links'}` : 'Hide same-page links'}
        </button>
      </div>
      {!hidden && <LinkItems items={items} onOpen={onOpen} />}
    </section>
  );
}
