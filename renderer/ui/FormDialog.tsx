import { useId, type FormEvent, type KeyboardEventHandler, type ReactNode } from 'react';
import { Dialog } from './Dialog';

export interface FormDialogProps {
  title: string;
  /** Extra line under the title. */
  subtitle?: ReactNode;
  submitLabel: string;
  error: string | null;
  onSubmit: () => void;
  onClose: () => void;
  /** Added to the dialog's own class, for a dialog that needs another size. */
  className?: string;
  onKeyDown?: KeyboardEventHandler<HTMLFormElement>;
  children: ReactNode;
}

/** A modal form: its fields, an error line when the last submit failed, and Cancel / submit buttons. */
export function FormDialog({ title, subtitle, submitLabel, error, onSubmit, onClose, className, onKeyDown, children }: FormDialogProps): ReactNode {
  const errorId = useId();
  return (
    <Dialog title={title} subtitle={subtitle} onClose={onClose} className={className ? `form-dialog ${className}` : 'form-dialog'}>
      <form
        className="form-dialog-form"
        aria-describedby={error ? errorId : undefined}
        onKeyDown={onKeyDown}
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
        <div className="form-dialog-buttons">
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
