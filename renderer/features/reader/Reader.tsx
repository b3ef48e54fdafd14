import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useAbstract } from '../../db/abstracts/hooks';
import type { ReaderContentProps } from './ReaderContent';
import './reader.css';

// The reader's content (KaTeX, the Lexical note editor, annotations, links) loads with the first
// abstract opened, keeping it out of the start-up bundle that paints the list.
const ReaderContent = lazy(() => import('./ReaderContent'));

interface ReaderProps extends Omit<ReaderContentProps, 'row'> {
  openId: number | null;
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
        <Suspense fallback={null}>
          <ReaderContent key={row.id} row={row} sources={sources} onOpen={onOpen} onShowSource={onShowSource} onOpenNote={onOpenNote} />
        </Suspense>
      )}
    </section>
  );
}
