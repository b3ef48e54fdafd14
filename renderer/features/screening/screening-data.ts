// The screening data the view uses, in one place: the db layer's hooks and writes and the ranking client.
import { useReviewRecord } from '../../db/screening/hooks';
import type { ScreeningOrder, ScreeningStage } from '../../../shared/screening/types';

export { useReview, useReviewRecordIds, useStageDecisions } from '../../db/screening/hooks';
export { decide } from '../../db/screening/decisions';
export { setScreeningNote } from '../../db/screening/records';
export { screeningProgress, type ScreeningProgress } from '../../../shared/screening/progress';

/** The record's screening note in this review ('' for none); undefined while loading. */
export function useScreeningNote(reviewId: number, abstractId: number | null): string | undefined {
  const row = useReviewRecord(reviewId, abstractId);
  return row === undefined ? undefined : (row?.note ?? '');
}

export interface RankEstimate {
  remaining: number;
  low: number;
  high: number;
}

export interface RankResult {
  order: number[];
  estimate: RankEstimate | null;
  trainMs: number;
}

// TEMPORARY until h-rank's renderer/db/screening/rank-client.ts lands: no ranking, so the records come in the review's order.
export function rankRecords(_request: { reviewId: number; stage: ScreeningStage; order: ScreeningOrder; seed: number }): Promise<RankResult> {
  return Promise.resolve({ order: [], estimate: null, trainMs: 0 });
}
