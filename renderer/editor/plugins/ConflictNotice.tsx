import type { ReactNode } from 'react';

interface ConflictNoticeProps {
  /** "note" or "comment". */
  noun: string;
  onKeepBoth: () => void;
  onUseThisOne: () => void;
}

/** Tells the user another window changed the same paragraphs; both versions are in the editor until they choose. */
export function ConflictNotice({ noun, onKeepBoth, onUseThisOne }: ConflictNoticeProps): ReactNode {
  return (
    <div className="rich-editor-conflict" role="alert">
      <p>
        This {noun} was changed in another window at the same place. Both versions are kept: the other
        window’s first, then this one’s.
      </p>
      <div className="rich-editor-conflict-actions">
        <button type="button" className="button button-small" onClick={onKeepBoth}>
          Keep both
        </button>
        <button type="button" className="button button-small" onClick={onUseThisOne}>
          Use this one
        </button>
      </div>
    </div>
  );
}
