import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRewriteScheduler } from '../../../../renderer/features/export/rewrite-scheduler';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function harness() {
  const writes: string[] = [];
  const errors: unknown[] = [];
  let fail = false;
  const scheduler = createRewriteScheduler({
    write: (text) => {
      if (fail) return Promise.reject(new Error('disk full'));
      writes.push(text);
      return Promise.resolve();
    },
    onError: (error) => errors.push(error),
    now: () => Date.now(),
  });
  return { scheduler, writes, errors, failNext: (value: boolean) => (fail = value) };
}

describe('rewriting a kept-updated file', () => {
  it('writes a burst of changes once, with the last text, half a second after it settles', async () => {
    const { scheduler, writes } = harness();
    scheduler.push('a');
    await vi.advanceTimersByTimeAsync(200);
    scheduler.push('b');
    await vi.advanceTimersByTimeAsync(200);
    scheduler.push('c');
    await vi.advanceTimersByTimeAsync(499);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual(['c']);
  });

  it('never waits more than 1.5 s after the first change, however long changes keep coming', async () => {
    const { scheduler, writes } = harness();
    for (let i = 0; i < 20; i += 1) {
      scheduler.push(`v${i}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(writes[0]).toBe('v14');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(writes).toEqual(['v14', 'v19']);
  });

  it('does not write the same text twice, and writes again after a failure', async () => {
    const { scheduler, writes, errors, failNext } = harness();
    scheduler.push('a');
    await vi.advanceTimersByTimeAsync(500);
    scheduler.push('a');
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toEqual(['a']);
    failNext(true);
    scheduler.push('b');
    await vi.advanceTimersByTimeAsync(500);
    expect(errors).toHaveLength(1);
    failNext(false);
    scheduler.push('b');
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toEqual(['a', 'b']);
  });

  it('writes nothing once stopped', async () => {
    const { scheduler, writes } = harness();
    scheduler.push('a');
    scheduler.dispose();
    scheduler.push('b');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(writes).toEqual([]);
  });
});

describe('changes during a write', () => {
  it('are written right after it, even when it failed', async () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    let release: (() => void) | null = null;
    let failFirst = true;
    const scheduler = createRewriteScheduler({
      write: (text) =>
        new Promise<void>((resolve, reject) => {
          release = () => {
            if (failFirst) {
              failFirst = false;
              reject(new Error('locked'));
            } else {
              writes.push(text);
              resolve();
            }
          };
        }),
      onError: () => undefined,
    });
    scheduler.push('a');
    await vi.advanceTimersByTimeAsync(500);
    scheduler.push('b');
    (release as (() => void) | null)?.();
    await vi.advanceTimersByTimeAsync(0);
    (release as (() => void) | null)?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual(['b']);
    vi.useRealTimers();
  });
});
