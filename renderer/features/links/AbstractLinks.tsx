import type { ReactNode } from 'react';
import { useAbstractLinks } from '../../db/links/hooks';
import { BacklinksRegion } from './BacklinksRegion';
import { LinksRegion } from './LinksRegion';
import './links.css';

interface AbstractLinksProps {
  abstractId: number;
  title: string;
  onOpen: (id: number) => void;
  onOpenNote?: (noteId: number) => void;
}

/** The reader's Links and Backlinks regions for the open abstract. */
export function AbstractLinks({ abstractId, title, onOpen, onOpenNote }: AbstractLinksProps): ReactNode {
  const links = useAbstractLinks(abstractId);
  return (
    <>
      <LinksRegion abstractId={abstractId} title={title} outgoing={links?.outgoing} onOpen={onOpen} />
      <BacklinksRegion incoming={links?.incoming} onOpen={onOpen} onOpenNote={onOpenNote} />
    </>
  );
}
