import { useState, type ReactNode } from 'react';
import type { ReviewRow } from '../../../shared/screening/types';
import { addRecords } from '../../db/screening/records';
import { FormDialog } from '../../ui/FormDialog';
import { useUndoable } from '../undo';
import { RecordsPicker } from './RecordsPicker';
import { useRecordSelection } from './use-record-selection';
import './reviews.css';

/** "Add records": more abstracts for a review (those already in it are skipped), and the choice joins the review's selections. */
export function AddRecordsDialog({ review, onClose }: { review: ReviewRow; onClose: () => void }): ReactNode {
  const records = useRecordSelection();
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const runUndoable = useUndoable();
  const recordCheck = records.check();
  const problem = 'problem' in recordCheck ? recordCheck.problem : null;

  const submit = (): void => {
    setTried(true);
    if ('problem' in recordCheck) return;
    void runUndoable(
      `Added records to ${review.name}`,
      async () => {
        const added = await addRecords(review.id, recordCheck.ids, undefined, recordCheck.selection);
        onClose();
        return added;
      },
      setFailure,
    );
  };

  return (
    <FormDialog title="Add records" subtitle={review.name} submitLabel="Add" error={failure} onSubmit={submit} onClose={onClose} className="review-dialog">
      <RecordsPicker draft={records.draft} onChange={records.setDraft} resolved={records.resolved} problem={tried ? problem : null} />
    </FormDialog>
  );
}
