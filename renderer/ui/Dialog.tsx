import { useEffect, useId, useRef, type ReactNode } from 'react';
import './ui.css';

interface DialogProps {
  title: ReactNode;
  /** Extra line under the title. */
  subtitle?: ReactNode;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A modal built on the native `<dialog>`: focus is trapped, Escape closes, the page behind is inert.
 * Mount it to open it; `onClose` asks the parent to unmount it.
 */
export function Dialog({ title, subtitle, onClose, className, children }: DialogProps): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={`dialog ${className ?? ''}`}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> element itself.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="dialog-header">
        <div className="dialog-titles">
          <h2 id={titleId} className="dialog-title" dir="auto">
            {title}
          </h2>
          {subtitle && <p className="dialog-subtitle">{subtitle}</p>}
        </div>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
