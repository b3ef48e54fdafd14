import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { selectionAfterPick, selectRange, type PickModifiers } from '../organize';
import { ABSTRACTS_MIME, encodeIds } from '../lists';
import { AbstractOption, optionId } from './AbstractOption';
import { nextIndex } from './list-keys';

const ROW_HEIGHT = 76;

interface AbstractListProps {
  ids: readonly number[];
  openId: number | null;
  onOpen: (id: number) => void;
  sourceNames: ReadonlyMap<string, string>;
  /** Several selected abstracts, or null when the selection is just the cursor's row. */
  selected: ReadonlySet<number> | null;
  onSelectedChange: (selected: ReadonlySet<number> | null) => void;
}

/**
 * The virtualized, multi-selectable `listbox` named "Abstracts" (aria-activedescendant pattern).
 * Arrow keys and j/k move the cursor, Home/End jump, Enter opens; a click moves the cursor and
 * opens. Ctrl/Cmd-click toggles a row, Shift-click or Shift+arrows select a range, Ctrl+A all.
 */
export function AbstractList({ ids, openId, onOpen, sourceNames, selected, onSelectedChange }: AbstractListProps): ReactNode {
  const listRef = useRef<HTMLDivElement>(null);
  const [cursorId, setCursorId] = useState<number | null>(openId);
  const [anchorId, setAnchorId] = useState<number | null>(openId);
  const cursorIndex = cursorId === null ? -1 : ids.indexOf(cursorId);

  // The cursor's row is always rendered, so aria-activedescendant never points at nothing.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (cursorIndex >= 0 && !indexes.includes(cursorIndex)) indexes.push(cursorIndex);
      return indexes.sort((a, b) => a - b);
    },
    [cursorIndex],
  );

  // Stable while the ids are: the virtualizer re-measures every row (100,000 at a time) whenever getItemKey changes.
  const getItemKey = useCallback((index: number) => ids[index] ?? index, [ids]);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    rangeExtractor,
    getItemKey,
  });

  // Opening an abstract from elsewhere (the reader's links) brings the list's cursor along.
  const [followedOpenId, setFollowedOpenId] = useState(openId);
  if (openId !== followedOpenId) {
    setFollowedOpenId(openId);
    if (openId !== null) setCursorId(openId);
  }
  const idsRef = useRef(ids);
  useEffect(() => {
    idsRef.current = ids;
  });
  useEffect(() => {
    const index = openId === null ? -1 : idsRef.current.indexOf(openId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [openId, virtualizer]);

  const moveTo = (index: number, extend = false): void => {
    const id = ids[index];
    if (id === undefined) return;
    setCursorId(id);
    if (extend) onSelectedChange(selectRange(ids, anchorId ?? cursorId ?? id, id));
    else {
      setAnchorId(id);
      onSelectedChange(null);
    }
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onSelectedChange(new Set(ids));
      return;
    }
    if (event.key === 'Escape' && selected) {
      event.preventDefault();
      onSelectedChange(null);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      if (cursorId !== null && cursorIndex >= 0) onOpen(cursorId);
      event.preventDefault();
      return;
    }
    const pageSize = Math.max(1, Math.floor((listRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const target = nextIndex(event.key, cursorIndex, ids.length, pageSize);
    if (target === null) return;
    event.preventDefault();
    moveTo(target, event.shiftKey);
  };

  // Focus puts the cursor on the first row in view, without scrolling: a click that focuses the
  // list must not move the row under the pointer.
  const onFocus = (): void => {
    if (cursorIndex >= 0) return;
    const scrollTop = listRef.current?.scrollTop ?? 0;
    const firstInView = virtualizer.getVirtualItems().find((item) => item.start >= scrollTop - 1);
    const id = ids[firstInView?.index ?? 0];
    if (id !== undefined) setCursorId(id);
  };

  const pick = (id: number, modifiers: PickModifiers): void => {
    const next = selectionAfterPick(ids, { cursorId, anchorId, selected }, id, modifiers);
    setCursorId(id);
    setAnchorId(next.anchorId);
    onSelectedChange(next.selected);
    if (next.selected === null) onOpen(id);
    listRef.current?.focus({ preventScroll: true });
  };

  // Dragging a selected row carries the whole selection; any other row goes alone.
  const dragIds = (id: number): number[] => (selected?.has(id) ? ids.filter((each) => selected.has(each)) : [id]);

  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={listRef}
      role="listbox"
      aria-label="Abstracts"
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={cursorId !== null && cursorIndex >= 0 ? optionId(cursorId) : undefined}
      className="abstract-list"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div role="presentation" className="abstract-list-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const id = ids[item.index];
          if (id === undefined) return null;
          return (
            <AbstractOption
              key={id}
              id={id}
              position={item.index + 1}
              setSize={ids.length}
              active={id === cursorId}
              selected={selected ? selected.has(id) : id === cursorId}
              open={id === openId}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              sourceNames={sourceNames}
              onPick={pick}
              onDragStart={(event) => {
                event.dataTransfer.setData(ABSTRACTS_MIME, encodeIds(dragIds(id)));
                event.dataTransfer.effectAllowed = 'copy';
              }}
            />
          );
        })}
      </div>
    </div>
  );
}
