import { useState, type ReactNode } from 'react';
import { Dialog } from '../../ui/Dialog';
import { useDialogFocus } from '../organize/use-dialog-focus';

/** Asks for a saved search's new name. */
export function RenameSavedSearchDialog({
  name,
  onClose,
  onRename,
}: {
  name: string;
  onClose: () => void;
  onRename: (name: string) => void;
}): ReactNode {
  const [value, setValue] = useState(name);
  const field = useDialogFocus();
  return (
    <Dialog title="Rename saved search" onClose={onClose} className="tag-dialog">
      <form
        className="tag-dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          const clean = value.trim();
          if (clean === '') return;
          onClose();
          onRename(clean);
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
