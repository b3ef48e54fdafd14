import { describe, expect, it } from 'vitest';
import { estimateRemaining } from '../../../../shared/screening/ranking/stopping-estimate';

describe('estimateRemaining', () => {
  it('returns null with too few decisions or no inclusion yet', () => {
    expect(estimateRemaining(Array.from({ length: 19 }, (_, i) => i === 0), 100)).toBeNull();
    expect(estimateRemaining(Array.from({ length: 50 }, () => false), 100)).toBeNull();
  });

  it('projects a steady rate over the unscreened records, as random order gives', () => {
    // One inclusion in ten over the first 300 of 1000 records: about 70 more are expected.
    const outcomes = Array.from({ length: 300 }, (_, i) => i % 10 === 5);
    const estimate = estimateRemaining(outcomes, 1000);
    expect(estimate).not.toBeNull();
    expect(estimate?.remaining).toBeGreaterThan(50);
    expect(estimate?.remaining).toBeLessThan(95);
    expect(estimate?.low).toBeLessThanOrEqual(70);
    expect(estimate?.high).toBeGreaterThanOrEqual(70);
  });

  it('expects few left once the inclusions have dried up, as a good ranking gives', () => {
    // 40 inclusions among the first 100 screened, then 300 exclusions in a row.
    const outcomes = [...Array.from({ length: 100 }, (_, i) => i % 5 < 2), ...Array.from({ length: 300 }, () => false)];
    const estimate = estimateRemaining(outcomes, 2000);
    expect(estimate?.remaining).toBeLessThan(3);
    expect(estimate?.low).toBeLessThanOrEqual(estimate?.remaining ?? 0);
    expect(estimate?.high).toBeGreaterThanOrEqual(estimate?.remaining ?? Infinity);
  });
});
