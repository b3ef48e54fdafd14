import { useLiveQuery } from 'dexie-react-hooks';
import type { DecisionRow, ReviewRecordRow, ReviewRow, ScreeningStage } from '../../../shared/screening/types';
import { queryReview, queryReviews, reviewRecord, reviewRecordIds, stageDecisions } from './queries';

// Each hook re-renders when the data it read changes; `undefined` means "still loading".

export function useReviews(): ReviewRow[] | undefined {
  return useLiveQuery(() => queryReviews(), []);
}

/** The review, or null when there is no such review (deleted, or `id` is null). */
export function useReview(id: number | null): ReviewRow | null | undefined {
  return useLiveQuery(() => (id === null ? null : queryReview(id)), [id]);
}

export function useStageDecisions(reviewId: number | null, stage: ScreeningStage): DecisionRow[] | undefined {
  return useLiveQuery(() => (reviewId === null ? [] : stageDecisions(reviewId, stage)), [reviewId, stage]);
}

export function useReviewRecordIds(reviewId: number | null, stage: ScreeningStage): number[] | undefined {
  return useLiveQuery(() => (reviewId === null ? [] : reviewRecordIds(reviewId, stage)), [reviewId, stage]);
}

/** A record's membership of a review, with its screening note; null when it is not a record. */
export function useReviewRecord(reviewId: number | null, abstractId: number | null): ReviewRecordRow | null | undefined {
  return useLiveQuery(() => (reviewId === null || abstractId === null ? null : reviewRecord(reviewId, abstractId)), [reviewId, abstractId]);
}
