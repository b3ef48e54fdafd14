import { useState, type ReactNode } from 'react';
import { Dialog } from '../../ui/Dialog';
import { deleteList, renameList } from '../organize/organize-api';
import { useDialogFocus } from '../organize/use-dialog-focus';
import { useUndoable } from '../organize/use-undoable';

interface ListActionsProps {
  listId: number;
  name: string;
  /** The list is gone (Undo brings it back); the view should leave it. */
  onDeleted: () => void;
}

function RenameListDialog({ listId, name, onClose }: { listId: number; name: string; onClose: () => void }): ReactNode {
  const [value, setValue] = useState(name);
  const field = useDialogFocus();
  const run = useUndoable();
  return (
    <Dialog title={`Rename ${name}`} onClose={onClose} className="tag-dialog">
      <form
        className="tag-dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          const clean = value.trim();
          onClose();
          if (clean !== '' && clean !== name) void run(`Renamed list to ${clean}`, () => renameList(listId, clean));
        }}
      >
        <label className="field">
          <span className="field-label">Name</span>
          <input ref={field} type="text" value={value} required onChange={(event) => setValue(event.target.value)} />
        </label>
        <div className="tag-dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Rename
          </button>
        </div>
      </form>
    </Dialog>
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
