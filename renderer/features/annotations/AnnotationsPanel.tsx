import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AnnotationRow, HighlightColor } from '../../db/annotations/types';
import { AnnotationItem } from './AnnotationItem';
import { ColorChoice } from './ColorChoice';
import { OrphanList } from './OrphanList';

interface AnnotationsPanelProps {
  annotations: readonly AnnotationRow[];
  /** The words a placed highlight covers, as shown in the reader. */
  quoteOf: (row: AnnotationRow) => string;
  selectedId: number | null;
  /** Bumped each time a mark is clicked: the panel then scrolls to and focuses that item. */
  focusRequest: number;
  onSelect: (id: number) => void;
  onJump: (id: number) => void;
  onDelete: (row: AnnotationRow) => void;
  onReattach: (row: AnnotationRow) => void;
  reattachHint: string | null;
}

/** The `complementary` region "Annotations": highlights in text order, a colour filter, and orphans. */
export function AnnotationsPanel(props: AnnotationsPanelProps): ReactNode {
  const { annotations, quoteOf, selectedId, focusRequest, onSelect, onJump, onDelete, onReattach, reattachHint } = props;
  const [filter, setFilter] = useState<HighlightColor | null>(null);
  const items = useRef(new Map<number, HTMLLIElement>());
  const placed = annotations.filter((row) => row.state !== 'orphaned');
  const orphans = annotations.filter((row) => row.state === 'orphaned');
  const shown = filter === null ? placed : placed.filter((row) => row.color === filter);
  const counts = useMemo(() => {
    const byColor = new Map<HighlightColor, number>();
    for (const row of placed) byColor.set(row.color, (byColor.get(row.color) ?? 0) + 1);
    return byColor;
  }, [placed]);

  useEffect(() => {
    if (focusRequest === 0 || selectedId === null) return;
    const item = items.current.get(selectedId);
    if (!item) return;
    item.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    item.focus({ preventScroll: true });
  }, [focusRequest, selectedId]);

  return (
    <aside aria-label="Annotations" className="annotations-panel">
      <header className="annotations-header">
        <h3 className="reader-section-title">
          Annotations <span className="annotations-count">{placed.length + orphans.length}</span>
        </h3>
        {placed.length > 0 && (
          <ColorChoice label="Filter by colour" value={filter} onChange={setFilter} withAll counts={counts} />
        )}
      </header>
      {annotations.length === 0 && (
        <p className="annotations-empty">
          Select words in the abstract and press <kbd>h</kbd> or Highlight.
        </p>
      )}
      {placed.length > 0 && shown.length === 0 && <p className="annotations-empty">No highlights in this colour.</p>}
      <ol className="annotations-list">
        {shown.map((row) => (
          <AnnotationItem
            key={row.id}
            row={row}
            quote={quoteOf(row)}
            selected={row.id === selectedId}
            itemRef={(element) => {
              if (element) items.current.set(row.id, element);
              else items.current.delete(row.id);
            }}
            onJump={() => onJump(row.id)}
            onSelect={() => onSelect(row.id)}
            onDelete={() => onDelete(row)}
          />
        ))}
      </ol>
      <OrphanList orphans={orphans} onReattach={onReattach} onDelete={onDelete} hint={reattachHint} />
    </aside>
  );
}
