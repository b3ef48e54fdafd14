import { useId, type FormEvent, type ReactNode } from 'react';
import { Dialog } from './Dialog';

export interface FormDialogProps {
  title: string;
  submitLabel: string;
  error: string | null;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** A modal form: its fields, an error line when the last submit failed, and Cancel / submit buttons. */
export function FormDialog({ title, submitLabel, error, onSubmit, onClose, children }: FormDialogProps): ReactNode {
  const errorId = useId();
  return (
    <Dialog title={title} onClose={onClose} className="tag-dialog">
      <form
        className="tag-dialog-form"
        aria-describedby={error ? errorId : undefined}
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
        {error && (
          <p id={errorId} role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="tag-dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
