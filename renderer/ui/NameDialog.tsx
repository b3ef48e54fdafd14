import { useState, type ReactNode } from 'react';
import { FormDialog } from './FormDialog';
import { useDialogFocus } from './use-dialog-focus';

interface NameDialogProps {
  title: string;
  submitLabel: string;
  initialName?: string;
  onClose: () => void;
  /** Called with the trimmed name; an empty name keeps the dialog open. */
  onSubmit: (name: string) => void;
}

/** Asks for one name: creating a reading list, renaming a list or a saved search. */
export function NameDialog({ title, submitLabel, initialName = '', onClose, onSubmit }: NameDialogProps): ReactNode {
  const [value, setValue] = useState(initialName);
  const field = useDialogFocus();
  return (
    <FormDialog
      title={title}
      submitLabel={submitLabel}
      error={null}
      onClose={onClose}
      onSubmit={() => {
        const clean = value.trim();
        if (clean === '') return;
        onClose();
        onSubmit(clean);
      }}
    >
      <label className="field">
        <span className="field-label">Name</span>
        <input ref={field} type="text" value={value} required onChange={(event) => setValue(event.target.value)} />
      </label>
    </FormDialog>
  );
}
