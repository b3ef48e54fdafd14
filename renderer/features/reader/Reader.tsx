import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useAbstract } from '../../db/hooks';
import type { AbstractRow, SourceSummary } from '../../db/types';
import type { SourceRef } from '../../../shared/import/types';
import { AnnotatedAbstract } from '../annotations/AnnotatedAbstract';
import { AbstractLinks } from '../links/AbstractLinks';
import { displayTitle } from '../../../shared/text/display-title';
import { AlsoIn } from './AlsoIn';
import { CaptureDialog } from './CaptureDialog';
import { ReaderHeader } from './ReaderHeader';
import { SnippetNotice } from './SnippetNotice';
import './reader.css';

interface ReaderProps {
  openId: number | null;
  sources: readonly SourceSummary[];
  onOpen: (id: number) => void;
  onShowSource: (captureHash: string) => void;
  /** Opens a standalone note from a mention in Backlinks. */
  onOpenNote?: (noteId: number) => void;
}

interface ReaderContentProps extends Omit<ReaderProps, 'openId'> {
  row: AbstractRow;
}

function ReaderContent({ row, sources, onOpen, onShowSource, onOpenNote }: ReaderContentProps): ReactNode {
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

function ReaderEmpty({ missing }: { missing: boolean }): ReactNode {
  return (
    <div className="empty-state">
      <p className="empty-state-title">
        {missing ? 'This abstract is no longer in the library' : 'Nothing open'}
      </p>
      <p className="empty-state-hint">
        Choose an abstract from the list. Move with <kbd>↑</kbd> <kbd>↓</kbd> or <kbd>j</kbd> <kbd>k</kbd>,
        open with <kbd>Enter</kbd>.
      </p>
    </div>
  );
}

/** The `region` named "Reader": the open abstract, or a short hint when none is open. */
export function Reader({ openId, sources, onOpen, onShowSource, onOpenNote }: ReaderProps): ReactNode {
  const row = useAbstract(openId);
  const pane = useRef<HTMLElement>(null);
  useEffect(() => {
    pane.current?.scrollTo({ top: 0 });
  }, [openId]);
  return (
    <section ref={pane} aria-label="Reader" className="reader" tabIndex={-1}>
      {openId === null && <ReaderEmpty missing={false} />}
      {openId !== null && row === null && <ReaderEmpty missing />}
      {row && (
        <ReaderContent key={row.id} row={row} sources={sources} onOpen={onOpen} onShowSource={onShowSource} onOpenNote={onOpenNote} />
      )}
    </section>
  );
}
