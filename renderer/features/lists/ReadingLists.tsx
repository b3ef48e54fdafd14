import { useState, type DragEvent, type ReactNode } from 'react';
import { SidebarItem } from '../../ui/SidebarItem';
import { addToList } from '../../db/lists/lists';
import { useLists } from '../../db/organize/hooks';
import type { LibraryFilter, ListSummary } from '../../db/organize/types';
import { useUndoable } from '../organize/use-undoable';
import { countLabel } from '../library/format';
import { ABSTRACTS_MIME, decodeIds } from './drag-data';
import { NewListButton } from './NewListButton';
import './lists.css';

interface ReadingListsProps {
  filter: LibraryFilter;
  onFilterChange: (patch: LibraryFilter) => void;
}

function ListEntry({ list, current, onSelect }: { list: ListSummary; current: boolean; onSelect: () => void }): ReactNode {
  const run = useUndoable();
  const [over, setOver] = useState(false);
  const accepts = (event: DragEvent): boolean => event.dataTransfer.types.includes(ABSTRACTS_MIME);
  return (
    <li
      className="reading-list-entry"
      data-drop-target={over || undefined}
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const ids = decodeIds(event.dataTransfer.getData(ABSTRACTS_MIME));
        if (ids.length === 0) return;
        event.preventDefault();
        void run(`Added ${countLabel(ids.length, 'abstract')} to ${list.name}`, () => addToList(list.id, ids));
      }}
    >
      <SidebarItem label={list.name} count={undefined} current={current} onSelect={onSelect}>
        <span className="reading-list-progress" title={`${list.read} of ${list.total} read`}>
          {list.read}/{list.total}
        </span>
      </SidebarItem>
    </li>
  );
}

/** The sidebar's reading lists: one entry each with its progress, a drop target for list rows. */
export function ReadingLists({ filter, onFilterChange }: ReadingListsProps): ReactNode {
  const lists = useLists() ?? [];
  return (
    <>
      <div className="sidebar-heading-row">
        <h2 className="sidebar-heading" id="sidebar-lists">
          Reading lists
        </h2>
        <NewListButton onCreated={(listId) => onFilterChange({ listId })} />
      </div>
      {lists.length > 0 && (
        <ul className="sidebar-list" aria-labelledby="sidebar-lists">
          {lists.map((list) => (
            <ListEntry
              key={list.id}
              list={list}
              current={filter.listId === list.id}
              onSelect={() => onFilterChange({ listId: list.id })}
            />
          ))}
        </ul>
      )}
    </>
  );
}
