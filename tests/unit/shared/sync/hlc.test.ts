import { describe, expect, it } from 'vitest';
import { compareHlc, decodeHlc, encodeHlc, HybridClock, MAX_CLOCK_SKEW_MS } from '../../../../shared/sync/hlc';

function fixedClock(start: number) {
  const state = { now: start };
  return { state, read: () => state.now };
}

describe('hybrid logical clock', () => {
  it('orders by wall time, then counter, then device id', () => {
    expect(compareHlc({ wall: 1, counter: 9, device: 'b' }, { wall: 2, counter: 0, device: 'a' })).toBeLessThan(0);
    expect(compareHlc({ wall: 2, counter: 1, device: 'a' }, { wall: 2, counter: 0, device: 'b' })).toBeGreaterThan(0);
    expect(compareHlc({ wall: 2, counter: 1, device: 'a' }, { wall: 2, counter: 1, device: 'b' })).toBeLessThan(0);
    expect(compareHlc({ wall: 2, counter: 1, device: 'a' }, { wall: 2, counter: 1, device: 'a' })).toBe(0);
  });

  it('counts up within one millisecond and while the wall clock goes backwards', () => {
    const wall = fixedClock(100);
    const clock = new HybridClock('dev', wall.read);
    const first = clock.now();
    const second = clock.now();
    wall.state.now = 50;
    const third = clock.now();
    expect([first, second, third].map((stamp) => [stamp.wall, stamp.counter])).toEqual([
      [100, 0],
      [100, 1],
      [100, 2],
    ]);
    wall.state.now = 101;
    expect(clock.now()).toEqual({ wall: 101, counter: 0, device: 'dev' });
  });

  it('stamps a write made after seeing a remote value later than that value, whatever the local wall clock says', () => {
    const slow = new HybridClock('slow', () => 1_000);
    const remote = { wall: 5_000, counter: 3, device: 'fast' };
    expect(slow.observe(remote)).toBe(true);
    const next = slow.now();
    expect(compareHlc(next, remote)).toBeGreaterThan(0);
    expect(next).toEqual({ wall: 5_000, counter: 4, device: 'slow' });
  });

  it('ignores a stamp from further in the future than the allowed skew', () => {
    const clock = new HybridClock('dev', () => 1_000);
    expect(clock.observe({ wall: 1_000 + MAX_CLOCK_SKEW_MS + 1, counter: 0, device: 'other' })).toBe(false);
    expect(clock.now()).toEqual({ wall: 1_000, counter: 0, device: 'dev' });
  });

  it('round-trips a stamp and refuses malformed ones with a reason', () => {
    const stamp = { wall: 12, counter: 3, device: 'abc' };
    expect(decodeHlc(encodeHlc(stamp))).toEqual({ ok: true, stamp });
    for (const bad of [null, [1, 2], [-1, 0, 'a'], [1.5, 0, 'a'], [1, -1, 'a'], [1, 0, 'Bad Device'], [1, 0, 7], '1,0,a']) {
      const decoded = decodeHlc(bad);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.problem).toMatch(/stamp/);
    }
  });

  it('refuses a malformed device id', () => {
    expect(() => new HybridClock('Not OK')).toThrow(/device id/);
  });
});
