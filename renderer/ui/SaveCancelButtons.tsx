import type { ReactNode } from 'react';

interface SaveCancelButtonsProps {
  className: string;
  /** Disables Save while a save is under way, so a double press can't save twice. */
  saving: boolean;
  onCancel: () => void;
}

/** The footer of an inline edit form: Save submits the form, Cancel leaves it unchanged. */
export function SaveCancelButtons({ className, saving, onCancel }: SaveCancelButtonsProps): ReactNode {
  return (
    <div className={className}>
      <button type="submit" className="button button-primary" disabled={saving}>
        Save
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
