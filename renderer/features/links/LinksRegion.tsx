import { useId, useState, type ReactNode } from 'react';
import type { OutgoingLinks, LinkItem } from '../../db/links/queries';
import { removeLink } from '../../db/links/links';
import { useUndo } from '../undo/undo-context';
import { ImportLinks } from './ImportLinks';
import { LinkDialog } from './LinkDialog';
import { LinkGroups, LinkItems } from './LinkGroupList';

interface LinksRegionProps {
  abstractId: number;
  title: string;
  outgoing: OutgoingLinks | undefined;
  onOpen: (id: number) => void;
}

/** The `region` named "Links": what this abstract links to, by type, and the Link to… button. */
export function LinksRegion({ abstractId, title, outgoing, onOpen }: LinksRegionProps): ReactNode {
  const headingId = useId();
  const mentionsId = useId();
  const [linking, setLinking] = useState(false);
  const undo = useUndo();
  const remove = async (item: LinkItem): Promise<void> => {
    const change = await removeLink(item.link.id);
    undo.push({ label: `Removed link to “${item.other.title}”`, undo: change.undo, redo: change.redo });
  };
  const empty = outgoing !== undefined && outgoing.groups.length === 0 && outgoing.mentions.length === 0;
  return (
    <section className="reader-section links-region" aria-labelledby={headingId}>
      <div className="links-header">
        <h3 id={headingId} className="reader-section-title">
          Links
        </h3>
        <button type="button" className="button button-small" onClick={() => setLinking(true)}>
          Link to…
        </button>
      </div>
      {empty && <p className="links-empty">No links yet. Link this abstract to others it supports, extends or contradicts.</p>}
      {outgoing && <LinkGroups groups={outgoing.groups} onOpen={onOpen} onRemove={(item) => void remove(item)} />}
      {outgoing && outgoing.mentions.length > 0 && (
        <div className="link-group" role="group" aria-labelledby={mentionsId}>
          <h4 id={mentionsId} className="link-group-title">
            mentioned in this abstract’s notes
          </h4>
          <LinkItems items={outgoing.mentions} onOpen={onOpen} />
        </div>
      )}
      {outgoing && outgoing.imported.length > 0 && <ImportLinks items={outgoing.imported} onOpen={onOpen} />}
      {linking && <LinkDialog fromId={abstractId} fromTitle={title} onClose={() => setLinking(false)} />}
    </section>
  );
}
