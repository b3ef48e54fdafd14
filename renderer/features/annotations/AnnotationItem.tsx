import { useCallback, useMemo, type ReactNode, type Ref } from 'react';
import type { AnnotationRow } from '../../db/annotations/types';
import { saveCommentEdit, setAnnotationColor } from '../../db/annotations/annotations';
import { storedContentOf, type RichTextEdit } from '../../db/notes/rich-text-save';
import { RichEditor } from '../../editor/RichEditor';
import { ColorChoice } from './ColorChoice';
import { QuoteText } from './QuoteText';

interface AnnotationItemProps {
  row: AnnotationRow;
  /** The highlighted words in the current display text. */
  quote: string;
  selected: boolean;
  itemRef?: Ref<HTMLLIElement>;
  onJump: () => void;
  onSelect: () => void;
  onDelete: () => void;
}

/** One highlight in the panel: its colour, its quote (click to go to it), its comment. */
export function AnnotationItem({ row, quote, selected, itemRef, onJump, onSelect, onDelete }: AnnotationItemProps): ReactNode {
  const saveComment = useCallback((edit: RichTextEdit) => saveCommentEdit(row.id, edit), [row.id]);
  const { comment } = row;
  const stored = useMemo(() => storedContentOf(comment), [comment]);
  return (
    <li
      ref={itemRef}
      tabIndex={-1}
      className={`annotation-item hl-edge-${row.color}`}
      data-selected={selected || undefined}
      aria-label={`Highlight: ${row.selectors.quote.exact}`}
      onFocus={onSelect}
    >
      <button type="button" className="annotation-quote" dir="auto" onClick={onJump} title="Go to the highlight">
        <QuoteText text={quote} />
      </button>
      {row.state === 'moved' && (
        <p className="annotation-moved">
          Moved after a text change ({Math.round((row.confidence ?? 0) * 100)}% match)
        </p>
      )}
      <RichEditor
        key={row.id}
        kind="comment"
        label="Comment"
        stored={stored}
        draftKey={`comment:${row.id}`}
        onSave={saveComment}
        placeholder="Add a comment…"
      />
      <div className="annotation-item-actions">
        <ColorChoice
          label="Colour"
          value={row.color}
          onChange={(color) => {
            if (color) void setAnnotationColor(row.id, color);
          }}
        />
        <button type="button" className="link-button annotation-delete" onClick={onDelete}>
          Delete highlight
        </button>
      </div>
    </li>
  );
}
