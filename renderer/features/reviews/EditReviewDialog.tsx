import { useState, type ReactNode } from 'react';
import type { ReviewRow } from '../../../shared/screening/types';
import { updateReview } from '../../db/screening/reviews';
import { useReviews } from '../../db/screening/hooks';
import { FormDialog } from '../../ui/FormDialog';
import { useDialogFocus } from '../../ui/use-dialog-focus';
import { useUndoable } from '../undo';
import { ReviewFormFields } from './ReviewFormFields';
import { draftOf, fieldsOf, hasErrors, validateDraft, type ReviewDraft } from './review-form';
import './reviews.css';

/** "Edit review": the New review form without the records, saved as one undoable change. */
export function EditReviewDialog({ review, onClose }: { review: ReviewRow; onClose: () => void }): ReactNode {
  const [draft, setDraft] = useState<ReviewDraft>(() => draftOf(review));
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const others = (useReviews() ?? []).filter((other) => other.id !== review.id).map((other) => other.name);
  const runUndoable = useUndoable();
  const nameRef = useDialogFocus();
  const errors = validateDraft(draft, others);

  const submit = (): void => {
    setTried(true);
    if (hasErrors(errors)) return;
    void runUndoable(
      `Edited review ${draft.name.trim()}`,
      async () => {
        const reversible = await updateReview(review.id, fieldsOf(draft));
        onClose();
        return reversible;
      },
      setFailure,
    );
  };

  return (
    <FormDialog
      title="Edit review"
      submitLabel="Save"
      error={failure ?? (tried && hasErrors(errors) ? 'Fix the fields marked above to save the review.' : null)}
      onSubmit={submit}
      onClose={onClose}
      className="review-dialog"
    >
      <ReviewFormFields draft={draft} onChange={setDraft} errors={tried ? errors : {}} nameRef={nameRef} />
    </FormDialog>
  );
}
