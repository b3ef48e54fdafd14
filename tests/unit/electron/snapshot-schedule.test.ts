/** When main asks for automatic snapshots, with fake timers standing in for hours of use. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SnapshotRequest } from '../../../shared/ipc';
import { createSnapshotSchedule, PERIODIC_MS, QUIT_TIMEOUT_MS } from '../../../electron/snapshots/schedule';

const HOUR = 60 * 60 * 1000;

function setUp(pageAnswers = true) {
  const sent: SnapshotRequest[] = [];
  const schedule = createSnapshotSchedule({
    send: (request) => {
      if (pageAnswers) sent.push(request);
      return pageAnswers;
    },
  });
  return { sent, schedule };
}

/** A `before-quit` or `close` event, remembering whether it was held. */
function leaveEvent() {
  return { preventDefault: vi.fn() };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the snapshot on quit', () => {
  it('holds the quit once, asks the page, and quits for real when the page has settled', () => {
    const { sent, schedule } = setUp();
    const quit = vi.fn();
    const first = leaveEvent();
    schedule.intercept(first, 'quit', quit);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    expect(sent).toEqual([{ requestId: expect.any(String) as string, reason: 'quit' }]);

    schedule.settled('some-other-request');
    expect(quit).not.toHaveBeenCalled();
    schedule.settled(sent[0]?.requestId ?? '');
    expect(quit).toHaveBeenCalledOnce();

    // The quit it repeats, and the window closes that follow, go through.
    const again = leaveEvent();
    schedule.intercept(again, 'quit', quit);
    schedule.intercept(again, 'close', quit);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(sent).toHaveLength(1);
    expect(quit).toHaveBeenCalledOnce();
  });

  it(`quits anyway after ${QUIT_TIMEOUT_MS / 1000} s when the page never answers`, () => {
    const { schedule } = setUp();
    const quit = vi.fn();
    schedule.intercept(leaveEvent(), 'quit', quit);
    vi.advanceTimersByTime(QUIT_TIMEOUT_MS - 1);
    expect(quit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(quit).toHaveBeenCalledOnce();
    expect(QUIT_TIMEOUT_MS).toBe(30_000);
  });

  it('does not hold a quit when there is no page to ask', () => {
    const { sent, schedule } = setUp(false);
    const quit = vi.fn();
    const event = leaveEvent();
    schedule.intercept(event, 'quit', quit);
    expect(event.preventDefault).not.toHaveBeenCalled();
    vi.advanceTimersByTime(QUIT_TIMEOUT_MS);
    expect(quit).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('asks once while waiting; a quit asked for while a close waits ends in a quit', () => {
    const { sent, schedule } = setUp();
    const close = vi.fn();
    const quit = vi.fn();
    schedule.intercept(leaveEvent(), 'close', close);
    const second = leaveEvent();
    schedule.intercept(second, 'quit', quit);
    expect(second.preventDefault).toHaveBeenCalledOnce();
    expect(sent.map((request) => request.reason)).toEqual(['quit']);
    schedule.settled(sent[0]?.requestId ?? '');
    expect(quit).toHaveBeenCalledOnce();
    expect(close).not.toHaveBeenCalled();
  });

  it('stops waiting when the window goes away, since nothing will answer', () => {
    const { schedule } = setUp();
    const close = vi.fn();
    schedule.intercept(leaveEvent(), 'close', close);
    schedule.windowGone();
    expect(close).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(QUIT_TIMEOUT_MS);
    expect(close).toHaveBeenCalledOnce();
  });

  it('holds the leave of a window opened later (macOS keeps running with no window)', () => {
    const { sent, schedule } = setUp();
    schedule.intercept(leaveEvent(), 'close', vi.fn());
    schedule.settled(sent[0]?.requestId ?? '');
    schedule.rearm();
    const later = leaveEvent();
    schedule.intercept(later, 'quit', vi.fn());
    expect(later.preventDefault).toHaveBeenCalledOnce();
    expect(sent).toHaveLength(2);
  });
});

describe('the periodic snapshot', () => {
  it('asks every 3 hours of use', () => {
    const { sent, schedule } = setUp();
    schedule.setInUse(true);
    vi.advanceTimersByTime(PERIODIC_MS - 1);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([{ requestId: expect.any(String) as string, reason: 'periodic' }]);
    vi.advanceTimersByTime(PERIODIC_MS);
    expect(sent).toHaveLength(2);
    expect(PERIODIC_MS).toBe(3 * HOUR);
  });

  it('counts only time in use, not time minimised or hidden', () => {
    const { sent, schedule } = setUp();
    schedule.setInUse(true);
    vi.advanceTimersByTime(2 * HOUR);
    schedule.setInUse(false);
    vi.advanceTimersByTime(10 * HOUR);
    expect(sent).toEqual([]);
    schedule.setInUse(true);
    schedule.setInUse(true);
    vi.advanceTimersByTime(HOUR - 1);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(1);
  });

  it('asks no more once disposed', () => {
    const { sent, schedule } = setUp();
    schedule.setInUse(true);
    schedule.dispose();
    vi.advanceTimersByTime(10 * PERIODIC_MS);
    expect(sent).toEqual([]);
  });

  it('gives every request its own id', () => {
    const { sent, schedule } = setUp();
    schedule.setInUse(true);
    vi.advanceTimersByTime(2 * PERIODIC_MS);
    schedule.intercept(leaveEvent(), 'quit', vi.fn());
    expect(new Set(sent.map((request) => request.requestId)).size).toBe(3);
  });
});
