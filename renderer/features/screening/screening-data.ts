// The screening data the view uses, in one place: the db layer's hooks and writes and the ranking client.
// TEMPORARY: stand-ins typed to the planned API of renderer/db/screening until h-data and h-rank land.
import type { Reversible } from '../../db/undo/reversible';
import type { DecisionRow, ReviewRow, ScreeningOrder, ScreeningStage, Verdict } from '../../../shared/screening/types';

export interface ScreeningProgress {
  total: number;
  screened: number;
  included: number;
  excluded: number;
  maybe: number;
  sinceLastInclusion: number;
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

const NOTHING: Reversible = { undo: () => Promise.resolve(), redo: () => Promise.resolve() };

export function useReview(_id: number): ReviewRow | null | undefined {
  return undefined;
}

export function useStageDecisions(_reviewId: number, _stage: ScreeningStage): DecisionRow[] | undefined {
  return undefined;
}

export function useReviewRecordIds(_reviewId: number, _stage: ScreeningStage): number[] | undefined {
  return undefined;
}

export function useScreeningNote(_reviewId: number, _abstractId: number | null): string | undefined {
  return undefined;
}

export function decide(_input: {
  reviewId: number;
  abstractId: number;
  stage: ScreeningStage;
  verdict: Verdict;
  reason?: string;
  order: ScreeningOrder;
}): Promise<Reversible> {
  return Promise.resolve(NOTHING);
}

export function setScreeningNote(_reviewId: number, _abstractId: number, _text: string): Promise<Reversible> {
  return Promise.resolve(NOTHING);
}

export function screeningProgress(decisions: readonly DecisionRow[], total: number): ScreeningProgress {
  const count = (verdict: Verdict): number => decisions.filter((decision) => decision.verdict === verdict).length;
  return { total, screened: decisions.length, included: count('include'), excluded: count('exclude'), maybe: count('maybe'), sinceLastInclusion: 0 };
}

export function rankRecords(_request: { reviewId: number; stage: ScreeningStage; order: ScreeningOrder; seed: number }): Promise<RankResult> {
  return Promise.resolve({ order: [], estimate: null, trainMs: 0 });
}
