/**
 * A hybrid logical clock stamp: wall-clock milliseconds, a counter for events within one millisecond (or while the
 * wall clock lags a stamp already seen), and the device that made it. Stamps are totally ordered: wall, counter,
 * then device id, so two devices never produce equal stamps.
 */
export interface Hlc {
  wall: number;
  counter: number;
  device: string;
}

/** A device id is a random uid (32 hex digits); shorter test ids are allowed as long as they are plain. */
const DEVICE_PATTERN = /^[0-9a-z_-]{1,64}$/;
/** Stamps from further than a day in the future are refused: a broken clock must not pin every later write. */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
const MAX_COUNTER = 0xffff_ffff;

export function isDeviceId(value: unknown): value is string {
  return typeof value === 'string' && DEVICE_PATTERN.test(value);
}

export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.wall !== b.wall) return a.wall < b.wall ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  if (a.device === b.device) return 0;
  return a.device < b.device ? -1 : 1;
}

export function laterHlc(a: Hlc, b: Hlc): Hlc {
  return compareHlc(a, b) >= 0 ? a : b;
}

/** A stamp as Yjs stores it: a plain array, compact and cheap to check. */
export type EncodedHlc = [number, number, string];

export function encodeHlc(stamp: Hlc): EncodedHlc {
  return [stamp.wall, stamp.counter, stamp.device];
}

export type DecodedHlc = { ok: true; stamp: Hlc } | { ok: false; problem: string };

export function decodeHlc(value: unknown): DecodedHlc {
  if (!Array.isArray(value) || value.length !== 3) return { ok: false, problem: 'a stamp is [wall, counter, device]' };
  const parts: readonly unknown[] = value;
  const [wall, counter, device] = parts;
  if (typeof wall !== 'number' || !Number.isSafeInteger(wall) || wall < 0)
    return { ok: false, problem: 'a stamp’s wall time is a non-negative integer' };
  if (typeof counter !== 'number' || !Number.isSafeInteger(counter) || counter < 0 || counter > MAX_COUNTER)
    return { ok: false, problem: 'a stamp’s counter is a 32-bit non-negative integer' };
  if (!isDeviceId(device)) return { ok: false, problem: 'a stamp’s device id is malformed' };
  return { ok: true, stamp: { wall, counter, device } };
}

/**
 * One device's clock. `now()` stamps a local write; `observe()` takes in a stamp seen in a remote value, so the
 * next local stamp is later than everything this device has seen (a write made after seeing another wins over it,
 * whatever the wall clocks say).
 */
export class HybridClock {
  private last: Hlc;

  constructor(
    readonly device: string,
    private readonly wallClock: () => number = Date.now,
  ) {
    if (!isDeviceId(device)) throw new Error('Not a device id: ' + String(device));
    this.last = { wall: 0, counter: 0, device };
  }

  now(): Hlc {
    const wall = Math.floor(this.wallClock());
    this.last =
      wall > this.last.wall
        ? { wall, counter: 0, device: this.device }
        : { wall: this.last.wall, counter: this.last.counter + 1, device: this.device };
    return this.last;
  }

  /** Returns false (and ignores the stamp) when it lies further in the future than MAX_CLOCK_SKEW_MS. */
  observe(seen: Hlc): boolean {
    if (seen.wall > this.wallClock() + MAX_CLOCK_SKEW_MS) return false;
    if (seen.wall > this.last.wall || (seen.wall === this.last.wall && seen.counter > this.last.counter)) {
      this.last = { wall: seen.wall, counter: seen.counter, device: this.device };
    }
    return true;
  }
}
