import { useMemo } from 'react';
import { useReviewRecordIds, useStageDecisions } from '../../db/screening/hooks';
import { screeningProgress, type ScreeningProgress } from '../../../shared/screening/progress';
import type { ScreeningStage } from '../../../shared/screening/types';

/** One stage's progress, live; undefined while the decisions or the records are loading. */
export function useStageProgress(reviewId: number, stage: ScreeningStage): ScreeningProgress | undefined {
  const decisions = useStageDecisions(reviewId, stage);
  const recordIds = useReviewRecordIds(reviewId, stage);
  return useMemo(() => {
    if (decisions === undefined || recordIds === undefined) return undefined;
    // A decision on a record that has since left the stage (its stage-1 inclusion was undone) is not counted.
    const atStage = new Set(recordIds);
    return screeningProgress(decisions.filter((decision) => atStage.has(decision.abstractId)), recordIds.length);
  }, [decisions, recordIds]);
}
