import { useState, type ReactNode } from 'react';
import { NameDialog } from '../../ui/NameDialog';
import { deleteList, renameList } from '../../db/lists/lists';
import { useUndoable } from '../organize/use-undoable';

interface ListActionsProps {
  listId: number;
  name: string;
  /** The list is gone (Undo brings it back); the view should leave it. */
  onDeleted: () => void;
}

function RenameListDialog({ listId, name, onClose }: { listId: number; name: string; onClose: () => void }): ReactNode {
  const run = useUndoable();
  return (
    <NameDialog
      title={`Rename ${name}`}
      submitLabel="Rename"
      initialName={name}
      onClose={onClose}
      onSubmit={(clean) => {
        if (clean !== name) void run(`Renamed list to ${clean}`, () => renameList(listId, clean));
      }}
    />
  );
}

/** "Rename list…" and "Delete list" for the reading list on view; both undoable. */
export function ListActions({ listId, name, onDeleted }: ListActionsProps): ReactNode {
  const [renaming, setRenaming] = useState(false);
  const run = useUndoable();
  return (
    <>
      <button type="button" className="button button-small" onClick={() => setRenaming(true)}>
        Rename list…
      </button>
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          onDeleted();
          void run(`Deleted list ${name}`, () => deleteList(listId));
        }}
      >
        Delete list
      </button>
      {renaming && <RenameListDialog listId={listId} name={name} onClose={() => setRenaming(false)} />}
    </>
  );
}
