import { describe, expect, it } from 'vitest';
import { screeningMetrics } from '../../../../shared/screening/metrics';

describe('screeningMetrics', () => {
  it('matches a hand-computed case with four inclusions in twenty records', () => {
    // I = 4: WSS@95 uses the ceil(3.8) = 4th inclusion (screened 10); the first floor(2) records hold one inclusion.
    const metrics = screeningMetrics([1, 3, 5, 10], 20);
    expect(metrics.wss95).toBeCloseTo(45, 10);
    expect(metrics.wss100).toBeCloseTo(50, 10);
    expect(metrics.rrf10).toBeCloseTo(25, 10);
  });

  it('uses the ceil(0.95 I)-th inclusion, not the last, for WSS@95', () => {
    // I = 20 found at 2, 4, …, 40 of 100: the 19th is at 38; within the first 10 records: 2, 4, 6, 8, 10.
    const found = Array.from({ length: 20 }, (_, i) => 2 * (i + 1));
    const metrics = screeningMetrics(found, 100);
    expect(metrics.wss95).toBeCloseTo(57, 10);
    expect(metrics.wss100).toBeCloseTo(60, 10);
    expect(metrics.rrf10).toBeCloseTo(25, 10);
  });

  it('gives 45 inclusions the 43rd for WSS@95, as the development dataset needs', () => {
    const found = Array.from({ length: 45 }, (_, i) => i + 1);
    found[42] = 500;
    found[43] = 900;
    found[44] = 1000;
    const metrics = screeningMetrics(found, 1704);
    expect(metrics.wss95).toBeCloseTo(100 * ((1704 - 500) / 1704 - 0.05), 10);
    expect(metrics.wss100).toBeCloseTo((100 * 704) / 1704, 10);
    expect(metrics.rrf10).toBeCloseTo((100 * 42) / 45, 10);
  });

  it('scores screening everything in a random-like worst order at or below zero', () => {
    const metrics = screeningMetrics([10, 20], 20);
    expect(metrics.wss100).toBe(0);
    expect(metrics.wss95).toBeCloseTo(-5, 10);
    expect(metrics.rrf10).toBe(0);
  });
});
