import { useId, type ReactNode } from 'react';
import type { IncomingLinks, MentionBacklink } from '../../db/links/queries';
import { LinkGroups } from './LinkGroupList';

interface BacklinksRegionProps {
  incoming: IncomingLinks | undefined;
  onOpen: (id: number) => void;
  /** Opens a standalone note; without it, a note's mention is listed but not clickable. */
  onOpenNote?: (noteId: number) => void;
}

function sourceName(mention: MentionBacklink): { name: string; where: string } {
  const { source } = mention;
  if (source.kind === 'note') return { name: source.title, where: 'note' };
  return { name: source.abstract.title, where: source.where === 'note' ? 'its note' : 'a comment' };
}

function MentionEntry({ mention, onOpen, onOpenNote }: { mention: MentionBacklink } & Omit<BacklinksRegionProps, 'incoming'>): ReactNode {
  const { source } = mention;
  const { name, where } = sourceName(mention);
  const open = source.kind === 'abstract' ? () => onOpen(source.abstract.id) : onOpenNote && (() => onOpenNote(source.noteId));
  const label = (
    <>
      <span className="link-item-title" dir="auto">
        {name}
      </span>
      <span className="link-item-where"> · {where}</span>
    </>
  );
  return (
    <li className="link-item link-mention">
      {open ? (
        <button type="button" className="link-item-open" onClick={open}>
          {label}
        </button>
      ) : (
        <span className="link-item-open">{label}</span>
      )}
      {mention.context !== '' && (
        <blockquote className="link-mention-context" dir="auto">
          {mention.context}
        </blockquote>
      )}
    </li>
  );
}

/** The `region` named "Backlinks": links other abstracts made to this one, and mentions in notes. */
export function BacklinksRegion({ incoming, onOpen, onOpenNote }: BacklinksRegionProps): ReactNode {
  const headingId = useId();
  const mentionsId = useId();
  const empty = incoming !== undefined && incoming.groups.length === 0 && incoming.mentions.length === 0;
  return (
    <section className="reader-section links-region" aria-labelledby={headingId}>
      <h3 id={headingId} className="reader-section-title">
        Backlinks
      </h3>
      {empty && <p className="links-empty">Nothing links to this abstract yet.</p>}
      {incoming && <LinkGroups groups={incoming.groups} onOpen={onOpen} />}
      {incoming && incoming.mentions.length > 0 && (
        <div className="link-group" role="group" aria-labelledby={mentionsId}>
          <h4 id={mentionsId} className="link-group-title">
            mentioned in
          </h4>
          <ul className="link-items">
            {incoming.mentions.map((mention) => (
              <MentionEntry key={mention.link.id} mention={mention} onOpen={onOpen} onOpenNote={onOpenNote} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
