import type { ReactNode } from 'react';
import { useReviews } from '../../db/screening/hooks';
import { countLabel } from '../../ui/format';
import { NewReviewDialog } from './NewReviewDialog';
import { ReviewCard } from './ReviewCard';
import './reviews.css';

interface ReviewsViewProps {
  onOpen: (reviewId: number) => void;
  /** The palette's "New review" opens the dialog here. */
  creating: boolean;
  onCreatingChange: (creating: boolean) => void;
}

/** "Reviews": every systematic review with its stage-1 progress, and New review. */
export function ReviewsView({ onOpen, creating, onCreatingChange }: ReviewsViewProps): ReactNode {
  const reviews = useReviews();
  return (
    <div className="reviews-view">
      <header className="reviews-header">
        <h2 className="reviews-title">Reviews</h2>
        {reviews !== undefined && <span className="reviews-count">{countLabel(reviews.length, 'review')}</span>}
        <button type="button" className="button button-primary reviews-new" onClick={() => onCreatingChange(true)}>
          New review
        </button>
      </header>
      {reviews !== undefined && reviews.length === 0 && (
        <div className="empty-state">
          <p className="empty-state-title">No reviews yet</p>
          <p className="empty-state-hint">A review screens a set of abstracts against your inclusion and exclusion criteria, one at a time, from the keyboard.</p>
        </div>
      )}
      {reviews !== undefined && reviews.length > 0 && (
        <ul className="reviews-list" aria-label="Reviews">
          {reviews.map((review) => (
            <li key={review.id}>
              <ReviewCard review={review} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
      {creating && <NewReviewDialog onClose={() => onCreatingChange(false)} onCreated={onOpen} />}
    </div>
  );
}
