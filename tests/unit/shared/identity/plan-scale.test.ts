import { describe, expect, it } from 'vitest';
import type { IncomingRecord } from '../../../../shared/import/plan-types';
import { candidateKeys, planImport } from '../../../../shared/identity/plan';
import { applyPlan, incoming, snippetOf } from './fixtures';

const VOCABULARY =
  'we show that deep neural networks trained by gradient descent learn simple functions first'.split(' ');

/** The worst case for prefix merging: every paper opens with the same long sentence, then diverges. */
const SHARED_OPENING =
  'In this paper, we theoretically study how deep neural networks learn from data, and we show that ';

function paper(seed: number): string {
  const words = [SHARED_OPENING];
  let state = seed * 2654435761;
  for (let index = 0; index < 50; index += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    words.push(VOCABULARY[state % VOCABULARY.length] ?? 'x', String(state % 997));
  }
  return `${words.join(' ')}.`;
}

describe('planImport at scale', () => {
  it('plans 100,000 records sharing one opening without quadratic work', () => {
    const records: IncomingRecord[] = [];
    for (let index = 0; index < 50_000; index += 1) {
      const text = paper(index);
      records.push(incoming({ text, captureHash: 'full', index }));
      records.push(incoming({ text: snippetOf(text, 250), truncated: true, captureHash: 'snippets', index }));
    }
    const started = performance.now();
    const keys = candidateKeys(records);
    const plan = planImport([], records);
    const elapsed = performance.now() - started;

    expect(keys.prefixKeys).toHaveLength(1);
    expect(plan.counts).toEqual({ added: 50_000, merged: 50_000, unchanged: 0 });
    // About 5 s on a busy two-core machine; pairwise comparison would take hours.
    expect(elapsed).toBeLessThan(60_000);

    const again = planImport(applyPlan([], plan), records);
    expect(again.counts.unchanged).toBe(100_000);
  }, 180_000);
});
