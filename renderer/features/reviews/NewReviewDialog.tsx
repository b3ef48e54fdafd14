import { useState, type ReactNode } from 'react';
import { createReview } from '../../db/screening/reviews';
import { useReviews } from '../../db/screening/hooks';
import { FormDialog } from '../../ui/FormDialog';
import { useDialogFocus } from '../../ui/use-dialog-focus';
import { useUndoable } from '../undo';
import { RecordsPicker } from './RecordsPicker';
import { ReviewFormFields } from './ReviewFormFields';
import { EMPTY_DRAFT, fieldsOf, hasErrors, validateDraft, type ReviewDraft } from './review-form';
import { useRecordSelection } from './use-record-selection';
import './reviews.css';

interface NewReviewDialogProps {
  onClose: () => void;
  /** Opens the review just made. */
  onCreated: (reviewId: number) => void;
}

/** "New review": name, question, criteria, keywords and the records to screen. Nothing is written until all of it is valid. */
export function NewReviewDialog({ onClose, onCreated }: NewReviewDialogProps): ReactNode {
  const [draft, setDraft] = useState<ReviewDraft>(EMPTY_DRAFT);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const records = useRecordSelection();
  const reviews = useReviews();
  const runUndoable = useUndoable();
  const nameRef = useDialogFocus();
  const errors = validateDraft(draft, (reviews ?? []).map((review) => review.name));
  const recordCheck = records.check();
  const recordProblem = 'problem' in recordCheck ? recordCheck.problem : null;

  const submit = (): void => {
    setTried(true);
    if (hasErrors(errors) || 'problem' in recordCheck) return;
    const fields = fieldsOf(draft);
    void runUndoable(
      `Created review ${fields.name}`,
      async () => {
        const created = await createReview({ ...fields, selections: [recordCheck.selection] }, recordCheck.ids);
        onClose();
        onCreated(created.id);
        return created.reversible;
      },
      setFailure,
    );
  };

  return (
    <FormDialog
      title="New review"
      subtitle="Screen a set of abstracts against your criteria."
      submitLabel="Create"
      error={failure ?? (tried && (hasErrors(errors) || recordProblem !== null) ? 'Fix the fields marked above to create the review.' : null)}
      onSubmit={submit}
      onClose={onClose}
      className="review-dialog"
    >
      <ReviewFormFields draft={draft} onChange={setDraft} errors={tried ? errors : {}} nameRef={nameRef} />
      <RecordsPicker draft={records.draft} onChange={records.setDraft} resolved={records.resolved} problem={tried ? recordProblem : null} />
    </FormDialog>
  );
}
