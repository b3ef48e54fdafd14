import { describe, expect, it } from 'vitest';
import { screeningProgress } from '../../../../shared/screening/progress';
import type { DecisionRow, Verdict } from '../../../../shared/screening/types';

function decision(abstractId: number, verdict: Verdict, decidedAt: number): DecisionRow {
  return { uid: String(abstractId).padStart(32, '0'), reviewId: 1, abstractId, stage: 1, verdict, decidedAt, order: 'ranked' };
}

describe('screeningProgress', () => {
  it('counts verdicts and the decisions made after the latest inclusion, by time not by list order', () => {
    const decisions = [decision(1, 'exclude', 10), decision(2, 'include', 20), decision(3, 'maybe', 30), decision(4, 'include', 15), decision(5, 'exclude', 40)];
    expect(screeningProgress(decisions, 12)).toEqual({ total: 12, screened: 5, included: 2, excluded: 2, maybe: 1, sinceLastInclusion: 2 });
  });

  it('counts every decision since the start when nothing is included, and none when the last is an inclusion', () => {
    expect(screeningProgress([decision(1, 'exclude', 1), decision(2, 'maybe', 2)], 3).sinceLastInclusion).toBe(2);
    expect(screeningProgress([decision(1, 'exclude', 1), decision(2, 'include', 2)], 3).sinceLastInclusion).toBe(0);
    expect(screeningProgress([], 0)).toEqual({ total: 0, screened: 0, included: 0, excluded: 0, maybe: 0, sinceLastInclusion: 0 });
  });
});
