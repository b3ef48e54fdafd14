import { useCallback, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { displayToStored, storedToDisplay } from '../../../shared/text/char-map';
import { useAnnotations } from '../../db/annotations/hooks';
import type { AnnotationRow, HighlightColor } from '../../db/annotations/types';
import { createHighlight, deleteAnnotation, reattachAnnotation, restoreAnnotation } from '../../db/annotations/annotations';
import type { AbstractRow } from '../../db/schema/row-types';
import { useUndo } from '../undo/undo-context';
import { AbstractBody } from '../reader/AbstractBody';
import { AbstractTextForm } from './AbstractTextForm';
import { AnnotationsPanel } from './AnnotationsPanel';
import { toDisplayHighlights } from './display-highlights';
import { NoteEditor } from './NoteEditor';
import { ReaderMenu } from './ReaderMenu';
import { SelectionToolbar } from './SelectionToolbar';
import { useBodySelection } from './use-body-selection';
import { useHighlightKey } from './use-highlight-key';
import './annotations.css';

const NO_ANNOTATIONS: readonly AnnotationRow[] = [];

/**
 * The abstract's text with its highlights, the selection toolbar, the note and the Annotations
 * panel, plus the text editor and the export menu.
 */
export function AnnotatedAbstract({ row, title }: { row: AbstractRow; title: string }): ReactNode {
  const annotations = useAnnotations(row.id) ?? NO_ANNOTATIONS;
  const undo = useUndo();
  const body = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState(false);
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [reattachHint, setReattachHint] = useState<string | null>(null);
  const { selection, read } = useBodySelection(body, row.display.text);
  const highlights = useMemo(() => toDisplayHighlights(annotations, row.display), [annotations, row.display]);

  const toStored = useCallback(
    (start: number, end: number) => ({ start: displayToStored(row.display, start), end: displayToStored(row.display, end) }),
    [row.display],
  );

  const highlight = useCallback(
    (chosen: HighlightColor): boolean => {
      const current = read();
      if (!current) return false;
      const stored = toStored(current.range.start, current.range.end);
      if (stored.end <= stored.start) return false;
      setColor(chosen);
      document.getSelection()?.removeAllRanges();
      void createHighlight(row.id, stored.start, stored.end, chosen).then(setSelectedId);
      return true;
    },
    [read, toStored, row.id],
  );
  const highlightWithLastColor = useCallback(() => highlight(color), [highlight, color]);
  useHighlightKey(highlightWithLastColor);

  const remove = useCallback(
    async (target: AnnotationRow) => {
      const removed = await deleteAnnotation(target.id);
      undo.push({
        label: 'Deleted highlight',
        undo: () => restoreAnnotation(removed),
        redo: async () => {
          await deleteAnnotation(removed.id);
        },
      });
    },
    [undo],
  );

  const reattach = useCallback(
    (target: AnnotationRow) => {
      const current = read();
      if (!current) {
        setReattachHint('Select the words to attach it to in the abstract first.');
        return;
      }
      const stored = toStored(current.range.start, current.range.end);
      setReattachHint(null);
      document.getSelection()?.removeAllRanges();
      void reattachAnnotation(target.id, stored.start, stored.end).then(() => setSelectedId(target.id));
    },
    [read, toStored],
  );

  const quoteOf = useCallback(
    (target: AnnotationRow) => {
      const { start, end } = target.selectors.position;
      const quote = row.display.text.slice(storedToDisplay(row.display, start), storedToDisplay(row.display, end));
      return quote || target.selectors.quote.exact;
    },
    [row.display],
  );

  const jumpTo = useCallback((id: number) => {
    setSelectedId(id);
    body.current?.querySelector(`mark[data-annotation-id="${id}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, []);

  const onBodyClick = (event: MouseEvent): void => {
    if (!document.getSelection()?.isCollapsed) return;
    const mark = (event.target as Element).closest('mark[data-annotation-id]');
    if (!(mark instanceof HTMLElement)) return;
    setSelectedId(Number(mark.dataset.annotationId));
    setFocusRequest((count) => count + 1);
  };

  return (
    <>
      <div className="abstract-tools">
        <button type="button" className="button button-small" onClick={() => setEditing(true)} disabled={editing}>
          Edit text
        </button>
        <ReaderMenu abstractId={row.id} title={title} />
      </div>
      {editing ? (
        <AbstractTextForm abstractId={row.id} text={row.text} onDone={() => setEditing(false)} />
      ) : (
        <div ref={body} className="annotated-body" onClick={onBodyClick}>
          <AbstractBody text={row.display.text} truncated={row.truncated} highlights={highlights} selectedId={selectedId} />
        </div>
      )}
      <SelectionToolbar selection={editing ? null : selection} color={color} onHighlight={highlight} />
      <AnnotationsPanel
        annotations={annotations}
        quoteOf={quoteOf}
        selectedId={selectedId}
        focusRequest={focusRequest}
        onSelect={setSelectedId}
        onJump={jumpTo}
        onDelete={(target) => void remove(target)}
        onReattach={reattach}
        reattachHint={reattachHint}
      />
      <NoteEditor abstractId={row.id} />
    </>
  );
}
