import { useEffect, useRef, type ReactNode } from 'react';
import { pluralise } from './screening-text';

/** Shown when no record is left unscreened at this stage. */
export function AllScreened({ total, onExit }: { total: number; onExit: () => void }): ReactNode {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <div className="screening-done">
      <h3 className="screening-done-title">
        {total === 0 ? 'No records to screen at this stage' : `All ${pluralise(total, 'record')} screened`}
      </h3>
      {total > 0 && (
        <p>
          Press ← to revisit a decision, or go back to the review for the PRISMA counts and the next stage.
        </p>
      )}
      <button ref={back} type="button" className="button button-primary" onClick={onExit}>
        Back to the review
      </button>
    </div>
  );
}
