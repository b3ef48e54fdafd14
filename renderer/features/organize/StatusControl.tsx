import type { ReactNode } from 'react';
import { AddToListSelect } from './AddToListSelect';
import { setStatus, toggleStar } from '../../db/organize/reading-status';
import type { Status } from '../../db/organize/types';
import { isStatus, STATUS_LABELS, STATUSES } from './filter';
import { useUndoable } from './use-undoable';
import './organize.css';

interface StatusControlProps {
  abstractId: number;
  status: Status;
  starred: boolean;
}

/** The reader's reading status (a select named "Status") and its star toggle. */
export function StatusControl({ abstractId, status, starred }: StatusControlProps): ReactNode {
  const run = useUndoable();
  return (
    <div className="status-control">
      <label className="status-select">
        <span className="status-select-label">Status</span>
        <select
          value={status}
          data-status={status}
          onChange={(event) => {
            const next = event.target.value;
            if (isStatus(next)) void run(`Marked as ${STATUS_LABELS[next]}`, () => setStatus(abstractId, next));
          }}
        >
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="star-toggle"
        aria-pressed={starred}
        title={starred ? 'Starred' : 'Not starred'}
        onClick={() => void run(starred ? 'Removed star' : 'Starred', () => toggleStar(abstractId))}
      >
        <span aria-hidden="true">{starred ? '★' : '☆'}</span> Star
      </button>
      <AddToListSelect abstractId={abstractId} />
    </div>
  );
}
