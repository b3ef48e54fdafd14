import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { countLabel } from '../../ui/format';
import { CitationActions } from '../citations';
import { moveListItem } from '../../db/lists/lists';
import { useListItems, useLists } from '../../db/organize/hooks';
import { useUndoable } from '../undo';
import { ExportListButton } from './ExportListButton';
import { ListActions } from './ListActions';
import { ListItem, listItemDomId } from './ListItemRow';
import './lists.css';

interface ReadingListViewProps {
  listId: number;
  /** The abstracts the whole filter lets through; the list shows its items among them. */
  visibleIds: readonly number[];
  openId: number | null;
  onOpen: (id: number) => void;
  onDeleted: () => void;
}

/** A reading list in its own order: progress, export, and items that reorder by drag or Alt+↑/↓. */
export function ReadingListView({ listId, visibleIds, openId, onOpen, onDeleted }: ReadingListViewProps): ReactNode {
  const items = useListItems(listId);
  const summary = useLists()?.find((list) => list.id === listId);
  const run = useUndoable();
  // Reordering moves the item's DOM node, which drops focus; it goes back where it was.
  const refocus = useRef<{ element: HTMLElement; before: unknown } | null>(null);
  const visible = useMemo(() => new Set(visibleIds), [visibleIds]);
  const shown = (items ?? []).filter((item) => visible.has(item.abstractId));
  const listedIds = useMemo(() => (items ?? []).map((item) => item.abstractId), [items]);

  useEffect(() => {
    if (refocus.current === null || refocus.current.before === items) return;
    const { element } = refocus.current;
    refocus.current = null;
    if (element.isConnected && element !== document.activeElement) element.focus();
  }, [items]);

  const indexOf = (itemId: number): number => (items ?? []).findIndex((item) => item.id === itemId);
  const move = (itemId: number, toIndex: number): void => {
    const from = indexOf(itemId);
    if (from < 0 || toIndex < 0 || toIndex >= (items?.length ?? 0) || toIndex === from) return;
    const active = document.activeElement;
    const element = active instanceof HTMLElement ? active : document.getElementById(listItemDomId(itemId));
    if (element) refocus.current = { element, before: items };
    void run('Moved list item', () => moveListItem(itemId, toIndex));
  };

  return (
    <div className="reading-list-view">
      <div className="reading-list-toolbar">
        {summary && (
          <span className="reading-list-progress-text">
            <progress max={Math.max(summary.total, 1)} value={summary.read} aria-hidden="true" />
            {summary.read} of {summary.total} read
          </span>
        )}
        {summary && (
          <span className="reading-list-actions">
            <ExportListButton listId={listId} name={summary.name} />
            <CitationActions ids={listedIds} scope={{ kind: 'list', name: summary.name }} small />
            <ListActions listId={listId} name={summary.name} onDeleted={onDeleted} />
          </span>
        )}
      </div>
      {items && shown.length === 0 && (
        <div className="empty-state">
          <p className="empty-state-title">{items.length === 0 ? 'This list is empty' : 'No items match the filter'}</p>
          <p className="empty-state-hint">
            Drag abstracts onto the list in the sidebar, or select several and use “Add to list”.
          </p>
        </div>
      )}
      {shown.length > 0 && (
        <ol className="reading-list-items" aria-label={`Items of ${summary?.name ?? 'the list'}, ${countLabel(shown.length, 'item')}`}>
          {shown.map((item, index) => (
            <ListItem
              key={item.id}
              item={item}
              position={index + 1}
              open={item.abstractId === openId}
              onOpen={onOpen}
              onMove={move}
              indexOf={indexOf}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
