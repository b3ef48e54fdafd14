import type { ReactNode } from 'react';
import type { ReviewRow } from '../../../shared/screening/types';
import { useStageProgress } from './use-stage-progress';

/** One review in the Reviews list: its name (the button that opens it), question, and stage-1 progress. */
export function ReviewCard({ review, onOpen }: { review: ReviewRow; onOpen: (reviewId: number) => void }): ReactNode {
  const progress = useStageProgress(review.id, 1);
  return (
    <article className="review-card" aria-labelledby={`review-card-${review.id}`}>
      <h3 className="review-card-name" id={`review-card-${review.id}`}>
        <button type="button" className="link-button" dir="auto" onClick={() => onOpen(review.id)}>
          {review.name}
        </button>
      </h3>
      <p className="review-card-question" dir="auto">
        {review.question}
      </p>
      {progress !== undefined && (
        <p className="review-card-progress">
          <span>{progress.total.toLocaleString('en-US')} records</span>
          <span>
            {progress.screened.toLocaleString('en-US')} of {progress.total.toLocaleString('en-US')} screened
          </span>
          <span>{progress.included.toLocaleString('en-US')} included</span>
        </p>
      )}
    </article>
  );
}
