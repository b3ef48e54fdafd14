import { useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useAbstract } from '../../db/abstracts/hooks';
import { displayTitle } from '../../../shared/text/display-title';
import { bylineText } from '../library/format';
import { STATUS_LABELS } from '../organize/filter';
import { removeFromList, setListItemNote } from '../../db/lists/lists';
import type { ListItemRow } from '../../db/organize/types';
import { useUndoable } from '../organize/use-undoable';
import { LIST_ITEM_MIME } from './drag-data';

export function listItemDomId(itemId: number): string {
  return `list-item-${itemId}`;
}

interface ListItemProps {
  item: ListItemRow;
  position: number;
  open: boolean;
  onOpen: (abstractId: number) => void;
  /** Moves the item by one place (Alt+↑/↓) or to where another item was dropped. */
  onMove: (itemId: number, toIndex: number) => void;
  indexOf: (itemId: number) => number;
}

function NoteField({ item }: { item: ListItemRow }): ReactNode {
  const run = useUndoable();
  const [text, setText] = useState(item.note);
  const [saved, setSaved] = useState(item.note);
  if (item.note !== saved) {
    // Undo or another window changed the note: show the stored one.
    setSaved(item.note);
    setText(item.note);
  }
  const save = (): void => {
    if (text === item.note) return;
    setSaved(text);
    void run('Edited note', () => setListItemNote(item.id, text));
  };
  return (
    <label className="list-item-note">
      <span className="visually-hidden">Why it's on the list</span>
      <input
        type="text"
        value={text}
        placeholder="Why it's on the list…"
        onChange={(event) => setText(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') save();
        }}
      />
    </label>
  );
}

/** One entry of a reading list: title (opens it), status, note, drag handle and remove. */
export function ListItem({ item, position, open, onOpen, onMove, indexOf }: ListItemProps): ReactNode {
  const row = useAbstract(item.abstractId);
  const run = useUndoable();
  const [over, setOver] = useState(false);
  const title = row ? displayTitle({ title: row.title, text: row.display.text }) : '';

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(item.id, indexOf(item.id) + (event.key === 'ArrowUp' ? -1 : 1));
  };
  const onDrop = (event: DragEvent<HTMLLIElement>): void => {
    setOver(false);
    const dragged = Number(event.dataTransfer.getData(LIST_ITEM_MIME));
    if (!Number.isInteger(dragged) || dragged <= 0 || dragged === item.id) return;
    event.preventDefault();
    onMove(dragged, indexOf(item.id));
  };

  return (
    <li
      id={listItemDomId(item.id)}
      className="list-item"
      tabIndex={-1}
      aria-label={title}
      aria-current={open ? 'true' : undefined}
      data-drop-target={over || undefined}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(LIST_ITEM_MIME, String(item.id));
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(LIST_ITEM_MIME)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      onKeyDown={onKeyDown}
    >
      <span className="list-item-position" aria-hidden="true">
        {position}
      </span>
      <div className="list-item-body">
        <button type="button" className="list-item-title" onClick={() => onOpen(item.abstractId)}>
          {title}
        </button>
        {row && (
          <span className="list-item-meta">
            <span className="list-item-status" data-status={row.status}>
              {STATUS_LABELS[row.status]}
            </span>
            {bylineText(row)}
          </span>
        )}
        <NoteField item={item} />
      </div>
      <button
        type="button"
        className="icon-button list-item-remove"
        aria-label={`Remove ${title} from the list`}
        title="Remove from the list"
        onClick={() => void run('Removed from the list', () => removeFromList(item.id))}
      >
        ×
      </button>
    </li>
  );
}
