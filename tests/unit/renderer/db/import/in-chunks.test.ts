import { afterEach, describe, expect, it, vi } from 'vitest';
import { inChunks, STEP_BUDGET_MS } from '../../../../../renderer/db/import/in-chunks';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A page clock the steps move forward by hand, so a chunk's busy time is exactly what a step says it cost. */
function fakeClock(): { advance: (ms: number) => void } {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return { advance: (ms) => (now += ms) };
}

describe('writing in chunks', () => {
  it('keeps a task within its budget when most of a chunk’s work comes after its request returns', async () => {
    const clock = fakeClock();
    const sizes: number[] = [];
    const items = Array.from({ length: 20_000 }, (_, index) => index);
    const results = await inChunks(items, async (chunk, resumed) => {
      sizes.push(chunk.length);
      await Promise.resolve();
      resumed();
      // Cloning this chunk's text rows: 0.5 ms a row, in the task that then sends the next chunk.
      clock.advance(chunk.length * 0.5);
      return chunk;
    });
    expect(results).toEqual(items);
    const largest = Math.max(...sizes.slice(1));
    expect(largest * 0.5).toBeLessThanOrEqual(2 * STEP_BUDGET_MS);
  });

  it('grows chunks when their work is cheap', async () => {
    fakeClock();
    const sizes: number[] = [];
    await inChunks(Array.from({ length: 20_000 }, (_, index) => index), async (chunk, resumed) => {
      sizes.push(chunk.length);
      await Promise.resolve();
      resumed();
      return chunk;
    });
    expect(Math.max(...sizes)).toBeGreaterThan(1_000);
  });
});
