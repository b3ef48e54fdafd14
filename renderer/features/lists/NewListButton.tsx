import { useState, type ReactNode } from 'react';
import { NameDialog } from '../../ui/NameDialog';
import { createList } from '../../db/lists/lists';
import { useUndoable } from '../organize/use-undoable';

/** "New reading list": asks for a name, creates the list and shows it. */
export function NewListButton({ onCreated }: { onCreated: (listId: number) => void }): ReactNode {
  const [open, setOpen] = useState(false);
  const run = useUndoable();
  const close = (): void => setOpen(false);
  return (
    <>
      <button type="button" className="icon-button" aria-label="New reading list" title="New reading list" onClick={() => setOpen(true)}>
        +
      </button>
      {open && (
        <NameDialog
          title="New reading list"
          submitLabel="Create"
          onClose={close}
          onSubmit={(clean) =>
            void run(`Created reading list ${clean}`, async () => {
              const created = await createList(clean);
              onCreated(created.id);
              return created;
            })
          }
        />
      )}
    </>
  );
}
