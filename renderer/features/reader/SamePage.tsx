import { useId, type ReactNode } from 'react';
import { useAbstractsInCapture } from '../../db/hooks';
import type { AbstractRow } from '../../db/types';
import { displayTitle } from '../../../shared/text/display-title';
import { bylineText } from '../library/format';

interface SamePageProps {
  row: AbstractRow;
  captureHash: string;
  /** Names the page when the abstract came from more than one. */
  pageName: string | null;
  onOpen: (id: number) => void;
}

function positionIn(row: AbstractRow, captureHash: string): number {
  return row.sources.find((source) => source.captureHash === captureHash)?.start ?? 0;
}

/** The other abstracts of one page, in page order; each opens on click. */
export function SamePage({ row, captureHash, pageName, onOpen }: SamePageProps): ReactNode {
  const headingId = useId();
  const onPage = useAbstractsInCapture(captureHash);
  const others = (onPage ?? [])
    .filter((other) => other.id !== row.id)
    .sort((a, b) => positionIn(a, captureHash) - positionIn(b, captureHash));
  if (others.length === 0) return null;
  return (
    <section className="reader-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="reader-section-title">
        On the same page
        {pageName && <span className="reader-section-qualifier"> · {pageName}</span>}
      </h3>
      <ul className="same-page-list">
        {others.map((other) => {
          const byline = bylineText(other);
          return (
            <li key={other.id}>
              <button type="button" className="same-page-item" onClick={() => onOpen(other.id)}>
                <span className="same-page-title" dir="auto">
                  {displayTitle({ title: other.title, text: other.display.text })}
                </span>
                {(byline || other.truncated) && (
                  <span className="same-page-meta">
                    {byline}
                    {other.truncated && <span className="badge">snippet</span>}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
