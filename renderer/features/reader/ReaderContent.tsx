import { useState, type ReactNode } from 'react';
import type { AbstractRow, SourceSummary } from '../../db/schema/row-types';
import type { SourceRef } from '../../../shared/import/types';
import { AnnotatedAbstract } from '../annotations/AnnotatedAbstract';
import { AbstractLinks } from '../links/AbstractLinks';
import { displayTitle } from '../../../shared/text/display-title';
import { AlsoIn } from './AlsoIn';
import { CaptureDialog } from './CaptureDialog';
import { ReaderHeader } from './ReaderHeader';
import { SnippetNotice } from './SnippetNotice';

export interface ReaderContentProps {
  row: AbstractRow;
  sources: readonly SourceSummary[];
  onOpen: (id: number) => void;
  onShowSource: (captureHash: string) => void;
  /** Opens a standalone note from a mention in Backlinks. */
  onOpenNote?: (noteId: number) => void;
}

/** The open abstract: header, text with highlights, note, sources and links (loaded with the first opened abstract). */
export default function ReaderContent({ row, sources, onOpen, onShowSource, onOpenNote }: ReaderContentProps): ReactNode {
  const [shownCapture, setShownCapture] = useState<SourceRef | null>(null);
  const title = displayTitle({ title: row.title, text: row.display.text });
  return (
    <article className="reader-article">
      <ReaderHeader row={row} />
      {row.truncated && <SnippetNotice />}
      {row.quote && (
        <blockquote className="reader-quote" dir="auto">
          {row.quote}
        </blockquote>
      )}
      <AnnotatedAbstract row={row} title={title} />
      <AlsoIn row={row} sources={sources} onShowSource={onShowSource} onShowCapture={setShownCapture} />
      <AbstractLinks abstractId={row.id} title={title} onOpen={onOpen} onOpenNote={onOpenNote} />
      {shownCapture && <CaptureDialog source={shownCapture} onClose={() => setShownCapture(null)} />}
    </article>
  );
}
