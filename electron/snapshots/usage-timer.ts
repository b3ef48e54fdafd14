/** Calls `onDue` after every `everyMs` of use: time counts only while the app is in use (a window open, not minimised). */
import { systemClock, type Clock, type TimerHandle } from './clock';

export interface UsageTimer {
  /** Whether the app is in use from now on. */
  setInUse(inUse: boolean): void;
  dispose(): void;
}

export function createUsageTimer(everyMs: number, onDue: () => void, clock: Clock = systemClock): UsageTimer {
  /** Use counted before the current stretch began. */
  let used = 0;
  /** When the current stretch of use began; null while not in use. */
  let since: number | null = null;
  let timer: TimerHandle | null = null;

  const stop = (): void => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };
  const start = (): void => {
    timer = clock.setTimeout(due, Math.max(0, everyMs - used));
  };
  function due(): void {
    timer = null;
    used = 0;
    since = clock.now();
    start();
    onDue();
  }

  return {
    setInUse(inUse) {
      if (inUse === (since !== null)) return;
      if (inUse) {
        since = clock.now();
        start();
      } else {
        used += clock.now() - (since ?? clock.now());
        since = null;
        stop();
      }
    },
    dispose() {
      stop();
      since = null;
    },
  };
}
