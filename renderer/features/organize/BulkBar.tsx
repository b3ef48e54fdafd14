import { useState, type ReactNode } from 'react';
import { countLabel } from '../../ui/format';
import { CitationActions } from '../citations';
import { BulkTagDialog } from './BulkTagDialog';
import { isStatus, STATUS_LABELS, STATUSES } from './filter';
import { bulkAddToList } from '../../db/lists/lists';
import { bulkSetStatus } from '../../db/organize/reading-status';
import { useLists } from '../../db/organize/hooks';
import { useUndoable } from '../undo';
import './organize.css';

const SELECTION_SCOPE = { kind: 'selection' } as const;

/** The toolbar shown while several abstracts are selected; each action is one undoable transaction. */
export function BulkBar({ ids, onClear }: { ids: readonly number[]; onClear: () => void }): ReactNode {
  const run = useUndoable();
  const lists = useLists() ?? [];
  const [dialog, setDialog] = useState<'add' | 'remove' | null>(null);
  const many = countLabel(ids.length, 'abstract');
  const chosen = [...ids];
  return (
    <div role="toolbar" aria-label="Bulk actions" className="bulk-bar">
      <span className="bulk-bar-count">{ids.length.toLocaleString('en-US')} selected</span>
      <button type="button" className="button button-small" onClick={() => setDialog('add')}>
        Add tag…
      </button>
      <button type="button" className="button button-small" onClick={() => setDialog('remove')}>
        Remove tag…
      </button>
      <select
        aria-label="Set status"
        className="bulk-select"
        value=""
        onChange={(event) => {
          const status = event.target.value;
          if (isStatus(status)) void run(`Marked ${many} as ${STATUS_LABELS[status]}`, () => bulkSetStatus(chosen, status));
        }}
      >
        <option value="" disabled>
          Set status
        </option>
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </select>
      {lists.length > 0 && (
        <select
          aria-label="Add to reading list"
          className="bulk-select"
          value=""
          onChange={(event) => {
            const list = lists.find((entry) => String(entry.id) === event.target.value);
            if (list) void run(`Added ${many} to ${list.name}`, () => bulkAddToList(chosen, list.id));
          }}
        >
          <option value="" disabled>
            Add to list
          </option>
          {lists.map((list) => (
            <option key={list.id} value={list.id}>
              {list.name}
            </option>
          ))}
        </select>
      )}
      <CitationActions ids={ids} scope={SELECTION_SCOPE} small />
      <button type="button" className="link-button bulk-bar-clear" onClick={onClear}>
        Clear selection
      </button>
      {dialog && <BulkTagDialog mode={dialog} ids={chosen} onClose={() => setDialog(null)} />}
    </div>
  );
}
