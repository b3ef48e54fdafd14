import type { MouseEvent, ReactNode } from 'react';
import type { AnnotationRow } from '../../db/annotations/types';
import { QuoteText } from './QuoteText';

interface OrphanListProps {
  orphans: readonly AnnotationRow[];
  onReattach: (row: AnnotationRow) => void;
  onDelete: (row: AnnotationRow) => void;
  /** A message for the user after a re-attach attempt (e.g. "Select text first"). */
  hint: string | null;
}

/** Highlights whose words are gone from the text: never dropped, shown with their quote to re-attach. */
export function OrphanList({ orphans, onReattach, onDelete, hint }: OrphanListProps): ReactNode {
  if (orphans.length === 0) return null;
  // Pressing the button must not clear the reader selection it attaches to.
  const keepSelection = (event: MouseEvent): void => event.preventDefault();
  return (
    <section aria-labelledby="could-not-place" className="orphans">
      <h4 id="could-not-place" className="orphans-title">
        Could not place
      </h4>
      <p className="orphans-hint">
        The text changed and these words are gone. Select new text in the abstract, then re-attach.
      </p>
      {hint && (
        <p aria-live="polite" className="orphans-hint orphans-status">
          {hint}
        </p>
      )}
      <ul className="orphans-list">
        {orphans.map((row) => (
          <li key={row.id} className={`orphan hl-edge-${row.color}`}>
            <q className="orphan-quote" dir="auto">
              <QuoteText text={row.selectors.quote.exact} />
            </q>
            <div className="annotation-item-actions">
              <button type="button" className="button button-small" onMouseDown={keepSelection} onClick={() => onReattach(row)}>
                Re-attach to selection
              </button>
              <button type="button" className="link-button annotation-delete" onClick={() => onDelete(row)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
