import type { DecisionRow } from './types';

/** What the screening header shows: how far the stage is, and the stopping aid's run without an inclusion. */
export interface ScreeningProgress {
  total: number;
  screened: number;
  included: number;
  excluded: number;
  maybe: number;
  /** Decisions made after the latest inclusion (by decidedAt); all of them when nothing is included yet. */
  sinceLastInclusion: number;
}

/** The progress of one stage from its decisions; `total` is the number of records at that stage. */
export function screeningProgress(decisions: readonly DecisionRow[], total: number): ScreeningProgress {
  let included = 0;
  let excluded = 0;
  let maybe = 0;
  let lastInclusion = -Infinity;
  for (const decision of decisions) {
    if (decision.verdict === 'include') {
      included++;
      lastInclusion = Math.max(lastInclusion, decision.decidedAt);
    } else if (decision.verdict === 'exclude') excluded++;
    else maybe++;
  }
  const sinceLastInclusion = decisions.filter((decision) => decision.decidedAt > lastInclusion).length;
  return { total, screened: decisions.length, included, excluded, maybe, sinceLastInclusion };
}
