import { useState, type ReactNode } from 'react';
import type { ScreeningOrder, ScreeningStage } from '../../../shared/screening/types';
import { useReview } from '../../db/screening/hooks';
import { deleteReview, updateReview } from '../../db/screening/reviews';
import { PrismaButton } from '../prisma';
import { useUndoable } from '../undo';
import { AddRecordsDialog } from './AddRecordsDialog';
import { EditReviewDialog } from './EditReviewDialog';
import { OrderSelect } from './OrderSelect';
import { ReviewDetails } from './ReviewDetails';
import { StageProgress } from './StageProgress';
import { useStageProgress } from './use-stage-progress';
import './reviews.css';

interface ReviewPageProps {
  reviewId: number;
  onScreen: (stage: ScreeningStage) => void;
  onBack: () => void;
  /** Shows the review's records in the library list (a `review:"NAME"` search). */
  onShowRecords: (reviewName: string) => void;
}

/** One review: its question, criteria and keywords, both stages' progress, and the way into screening. */
export function ReviewPage({ reviewId, onScreen, onBack, onShowRecords }: ReviewPageProps): ReactNode {
  const review = useReview(reviewId);
  const titleAbstracts = useStageProgress(reviewId, 1);
  const fullText = useStageProgress(reviewId, 2);
  const runUndoable = useUndoable();
  const [dialog, setDialog] = useState<'edit' | 'add' | null>(null);

  if (review === undefined) return <div className="review-page" />;
  if (review === null) {
    return (
      <div className="review-page">
        <div className="empty-state">
          <p className="empty-state-title">This review no longer exists</p>
          <button type="button" className="button" onClick={onBack}>
            Back to reviews
          </button>
        </div>
      </div>
    );
  }

  const changeOrder = (order: ScreeningOrder): void =>
    void runUndoable(`Changed the screening order of ${review.name}`, () => updateReview(review.id, { order }));
  const remove = (): void => {
    onBack();
    void runUndoable(`Deleted review ${review.name}`, () => deleteReview(review.id));
  };

  return (
    <div className="review-page">
      <nav className="review-breadcrumb" aria-label="Breadcrumb">
        <button type="button" className="link-button" onClick={onBack}>
          Reviews
        </button>
      </nav>
      <header className="review-header">
        <h2 className="review-name" dir="auto">
          {review.name}
        </h2>
        <div className="review-header-actions">
          <button type="button" className="button" onClick={() => setDialog('edit')}>
            Edit review
          </button>
          <button type="button" className="button button-danger" onClick={remove}>
            Delete review
          </button>
        </div>
      </header>
      <p className="review-question" dir="auto">
        {review.question}
      </p>

      <div className="review-stages">
        <section className="review-stage" aria-labelledby="review-stage-1">
          <h3 className="review-section-title" id="review-stage-1">
            Title and abstract screening
          </h3>
          {titleAbstracts !== undefined && <StageProgress progress={titleAbstracts} label="Title and abstract screening" />}
          <div className="review-stage-actions">
            <button type="button" className="button button-primary" disabled={titleAbstracts === undefined || titleAbstracts.total === 0} onClick={() => onScreen(1)}>
              Start screening
            </button>
          </div>
        </section>
        <section className="review-stage" aria-labelledby="review-stage-2">
          <h3 className="review-section-title" id="review-stage-2">
            Full-text screening
          </h3>
          {fullText !== undefined && <StageProgress progress={fullText} label="Full-text screening" />}
          <div className="review-stage-actions">
            <button type="button" className="button" disabled={titleAbstracts === undefined || titleAbstracts.included === 0} onClick={() => onScreen(2)}>
              Start full-text screening
            </button>
          </div>
        </section>
      </div>

      <div className="review-toolbar">
        <OrderSelect value={review.order} onChange={changeOrder} />
        <button type="button" className="button" onClick={() => onShowRecords(review.name)}>
          Show records in library
        </button>
        <button type="button" className="button" onClick={() => setDialog('add')}>
          Add records
        </button>
        <PrismaButton reviewId={review.id} />
      </div>

      <ReviewDetails review={review} />

      {dialog === 'edit' && <EditReviewDialog review={review} onClose={() => setDialog(null)} />}
      {dialog === 'add' && <AddRecordsDialog review={review} onClose={() => setDialog(null)} />}
    </div>
  );
}
