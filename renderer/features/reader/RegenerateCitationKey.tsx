import { useState, type ReactNode } from 'react';
import { regenerateCitationKey } from '../../db/abstracts/metadata-edit';
import { useUndoable } from '../undo';

/** Gives the abstract its default citation key again (unique in the library); Ctrl+Z puts the old one back. */
export function RegenerateCitationKey({ abstractId }: { abstractId: number }): ReactNode {
  const [busy, setBusy] = useState(false);
  const runUndoable = useUndoable();

  const regenerate = async (): Promise<void> => {
    setBusy(true);
    await runUndoable('Regenerated citation key', () => regenerateCitationKey(abstractId));
    setBusy(false);
  };

  return (
    <button type="button" className="button button-small details-copy" aria-label="Regenerate citation key" disabled={busy} onClick={() => void regenerate()}>
      Regenerate
    </button>
  );
}
