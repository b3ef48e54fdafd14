import { useState, type ReactNode } from 'react';
import { Dialog } from '../../ui/Dialog';
import { createList } from '../organize/organize-api';
import { useDialogFocus } from '../organize/use-dialog-focus';
import { useUndoable } from '../organize/use-undoable';

function NameField({ value, onChange }: { value: string; onChange: (value: string) => void }): ReactNode {
  const field = useDialogFocus();
  return (
    <label className="field">
      <span className="field-label">Name</span>
      <input ref={field} type="text" value={value} required onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

/** "New reading list": asks for a name, creates the list and shows it. */
export function NewListButton({ onCreated }: { onCreated: (listId: number) => void }): ReactNode {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const run = useUndoable();
  const close = (): void => {
    setOpen(false);
    setName('');
  };
  return (
    <>
      <button type="button" className="icon-button" aria-label="New reading list" title="New reading list" onClick={() => setOpen(true)}>
        +
      </button>
      {open && (
        <Dialog title="New reading list" onClose={close} className="tag-dialog">
          <form
            className="tag-dialog-form"
            onSubmit={(event) => {
              event.preventDefault();
              const clean = name.trim();
              if (clean === '') return;
              close();
              void run(`Created reading list ${clean}`, async () => {
                const created = await createList(clean);
                onCreated(created.id);
                return created;
              });
            }}
          >
            <NameField value={name} onChange={setName} />
            <div className="tag-dialog-buttons">
              <button type="button" className="button" onClick={close}>
                Cancel
              </button>
              <button type="submit" className="button button-primary">
                Create
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}
