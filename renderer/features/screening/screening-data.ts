// The screening data the view uses, in one place: the db layer's hooks and writes and the ranking client.
import { useReviewRecord } from '../../db/screening/hooks';

export { useReview, useReviewRecordIds, useStageDecisions } from '../../db/screening/hooks';
export { decide } from '../../db/screening/decisions';
export { setScreeningNote } from '../../db/screening/records';
export { rankRecords } from '../../db/screening/rank-client';
export { screeningProgress, type ScreeningProgress } from '../../../shared/screening/progress';
export type { RemainingEstimate as RankEstimate } from '../../../shared/screening/ranking/stopping-estimate';

/** The record's screening note in this review ('' for none); undefined while loading. */
export function useScreeningNote(reviewId: number, abstractId: number | null): string | undefined {
  const row = useReviewRecord(reviewId, abstractId);
  return row === undefined ? undefined : (row?.note ?? '');
}
