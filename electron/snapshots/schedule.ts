/**
 * When main asks the renderer for an automatic snapshot: when the app quits or its window closes
 * (held until the snapshot is settled, at most QUIT_TIMEOUT_MS), and after every PERIODIC_MS of
 * use. The renderer decides whether anything changed; main only asks.
 */
import type { SnapshotRequest } from '../../shared/ipc';
import { systemClock, type Clock } from './clock';
import { createQuitGate, type Leave, type PreventableEvent } from './quit-gate';
import { createUsageTimer } from './usage-timer';

export const QUIT_TIMEOUT_MS = 30_000;
export const PERIODIC_MS = 3 * 60 * 60 * 1000;

export interface SnapshotSchedule {
  intercept(event: PreventableEvent, leave: Leave, proceed: () => void): void;
  settled(requestId: string): void;
  setInUse(inUse: boolean): void;
  windowGone(): void;
  rearm(): void;
  dispose(): void;
}

export interface SnapshotScheduleOptions {
  /** Sends the request to the app's window; false when there is no page able to answer. */
  send: (request: SnapshotRequest) => boolean;
  clock?: Clock;
}

export function createSnapshotSchedule({
  send,
  clock = systemClock,
}: SnapshotScheduleOptions): SnapshotSchedule {
  let nextId = 1;
  const request = (reason: SnapshotRequest['reason']): string | null => {
    const requestId = `snapshot-${nextId++}`;
    return send({ requestId, reason }) ? requestId : null;
  };
  const gate = createQuitGate({ ask: () => request('quit'), timeoutMs: QUIT_TIMEOUT_MS, clock });
  const usage = createUsageTimer(PERIODIC_MS, () => void request('periodic'), clock);

  return {
    intercept: (event, leave, proceed) => gate.intercept(event, leave, proceed),
    settled: (requestId) => gate.settled(requestId),
    setInUse: (inUse) => usage.setInUse(inUse),
    windowGone: () => gate.windowGone(),
    rearm: () => gate.rearm(),
    dispose() {
      gate.dispose();
      usage.dispose();
    },
  };
}
