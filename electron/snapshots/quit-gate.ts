/**
 * Holds the app's quit (or its window's close) until the renderer has taken its snapshot, or a
 * time limit passes: the leave is prevented once, the snapshot asked for, then the leave is
 * repeated and let through. It never holds twice, and never longer than the limit.
 */
import { systemClock, type Clock, type TimerHandle } from './clock';

/** Leaving by quitting the app, or by closing its window. */
export type Leave = 'quit' | 'close';

export interface PreventableEvent {
  preventDefault(): void;
}

export interface QuitGate {
  /** Called from `before-quit` and the window's `close`; `proceed` repeats the leave once the snapshot is settled. */
  intercept(event: PreventableEvent, leave: Leave, proceed: () => void): void;
  /** The renderer settled a request (only the one the gate waits for matters). */
  settled(requestId: string): void;
  /** The window went away (closed, or its page crashed): nothing will settle, so stop waiting. */
  windowGone(): void;
  /** A new window opened after a close let through (macOS keeps running): its leave is held again. */
  rearm(): void;
  dispose(): void;
}

export interface QuitGateOptions {
  /** Asks the window for a snapshot; resolves with the request's id, or null when there is no page to ask. */
  ask: () => string | null;
  timeoutMs: number;
  clock?: Clock;
}

interface Waiting {
  requestId: string;
  leave: Leave;
  proceed: () => void;
  timer: TimerHandle;
}

export function createQuitGate({ ask, timeoutMs, clock = systemClock }: QuitGateOptions): QuitGate {
  let letThrough = false;
  let waiting: Waiting | null = null;

  const finish = (): void => {
    if (!waiting) return;
    const { proceed, timer } = waiting;
    clock.clearTimeout(timer);
    waiting = null;
    letThrough = true;
    proceed();
  };

  return {
    intercept(event, leave, proceed) {
      if (letThrough) return;
      if (waiting) {
        event.preventDefault();
        // A quit asked for while a close waits ends in a quit, not just a closed window.
        if (leave === 'quit') Object.assign(waiting, { leave, proceed });
        return;
      }
      const requestId = ask();
      if (requestId === null) {
        letThrough = true;
        return;
      }
      event.preventDefault();
      waiting = { requestId, leave, proceed, timer: clock.setTimeout(finish, timeoutMs) };
    },
    settled(requestId) {
      if (waiting?.requestId === requestId) finish();
    },
    windowGone: finish,
    rearm() {
      if (!waiting) letThrough = false;
    },
    dispose() {
      if (waiting) clock.clearTimeout(waiting.timer);
      waiting = null;
    },
  };
}
