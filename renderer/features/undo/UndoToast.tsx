import type { ReactNode } from 'react';
import './undo.css';

export interface ToastState {
  message: string;
  canUndo: boolean;
  /** A failure is an alert: assistive tech announces it at once, and the user sees it was not done. */
  failed?: boolean;
}

interface UndoToastProps {
  toast: ToastState | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * The live region stays mounted so screen readers announce each new message. It has no status
 * role: that belongs to the import summary, which tests and assistive tech look up by role.
 */
export function UndoToast({ toast, onUndo, onDismiss }: UndoToastProps): ReactNode {
  return (
    <div className="undo-toast-region" aria-live="polite" aria-atomic="true">
      {toast && (
        <div className={toast.failed ? 'undo-toast undo-toast-failed' : 'undo-toast'}>
          <span className="undo-toast-message" role={toast.failed ? 'alert' : undefined}>
            {toast.message}
          </span>
          {toast.canUndo && (
            <button type="button" className="undo-toast-action" onClick={onUndo}>
              Undo
            </button>
          )}
          <button type="button" className="undo-toast-close" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
