/**
 * Hand-written runtime guards for IPC payloads. A guard returns the value typed when it is
 * well formed and throws an IpcPayloadError naming the offending field when it is not.
 */

export class IpcPayloadError extends Error {
  override readonly name = 'IpcPayloadError';
}

/** `where` names the value being checked (e.g. `paths[2]`), for the error message. */
export type Guard<T> = (value: unknown, where: string) => T;

export type GuardedType<G> = G extends Guard<infer T> ? T : never;

function fail(where: string, expectation: string, value: unknown): never {
  throw new IpcPayloadError(`${where} must be ${expectation}, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (ArrayBuffer.isView(value)) return `${value.byteLength} bytes`;
  if (typeof value === 'string')
    return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  return typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** For channels that take no argument: only `undefined` passes. */
export const noArgument: Guard<void> = (value, where) => {
  if (value !== undefined) fail(where, 'absent (this channel takes no argument)', value);
};

export function stringOf(options: {
  minLength?: number;
  maxLength: number;
  test?: (s: string) => boolean;
  expectation?: string;
}): Guard<string> {
  const { minLength = 0, maxLength, test, expectation } = options;
  return (value, where) => {
    if (typeof value !== 'string') return fail(where, 'a string', value);
    if (value.length < minLength)
      return fail(where, minLength === 1 ? 'a non-empty string' : `at least ${minLength} characters`, value);
    if (value.length > maxLength) return fail(where, `at most ${maxLength} characters`, value);
    if (test && !test(value)) return fail(where, expectation ?? 'well formed', value);
    return value;
  };
}

export const natural: Guard<number> = (value, where) => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    return fail(where, 'a whole number ≥ 0', value);
  return value;
};

function isUint8Array(value: unknown): value is Uint8Array {
  // By tag rather than instanceof: bytes may come from another realm (the preload's world, a Buffer).
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/** A Uint8Array of at most `maxBytes` bytes. */
export function bytesOf(options: { minBytes?: number; maxBytes: number }): Guard<Uint8Array> {
  const { minBytes = 0, maxBytes } = options;
  return (value, where) => {
    if (!isUint8Array(value)) return fail(where, 'a Uint8Array', value);
    if (value.byteLength < minBytes) return fail(where, `at least ${minBytes} bytes`, value);
    if (value.byteLength > maxBytes) return fail(where, `at most ${maxBytes} bytes`, value);
    return value;
  };
}

export function nullable<T>(guard: Guard<T>): Guard<T | null> {
  return (value, where) => (value === null ? null : guard(value, where));
}

export function oneOf<const T extends readonly string[]>(choices: T): Guard<T[number]> {
  return (value, where) => {
    const match = choices.find((choice) => choice === value);
    if (match === undefined)
      return fail(where, `one of ${choices.map((c) => JSON.stringify(c)).join(', ')}`, value);
    return match;
  };
}

export function arrayOf<T>(item: Guard<T>, options: { minLength?: number; maxLength: number }): Guard<T[]> {
  const { minLength = 0, maxLength } = options;
  return (value, where) => {
    if (!Array.isArray(value)) return fail(where, 'an array', value);
    if (value.length < minLength) return fail(where, `an array of at least ${minLength}`, value);
    if (value.length > maxLength) return fail(where, `an array of at most ${maxLength}`, value);
    return value.map((element, index) => item(element, `${where}[${index}]`));
  };
}

type Shape = Record<string, Guard<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S]: GuardedType<S[K]> };

/** A plain object with exactly these keys: unknown keys are rejected, not ignored. */
export function exactObject<S extends Shape>(shape: S): Guard<FromShape<S>> {
  const allowed = new Set(Object.keys(shape));
  return (value, where) => {
    if (!isPlainObject(value)) return fail(where, 'an object', value);
    const extra = Object.keys(value).find((key) => !allowed.has(key));
    if (extra !== undefined) throw new IpcPayloadError(`${where} has an unexpected field “${extra}”`);
    const result: Record<string, unknown> = {};
    for (const [key, guard] of Object.entries(shape)) result[key] = guard(value[key], `${where}.${key}`);
    return result as FromShape<S>;
  };
}

/** A plain object with at least these keys; further keys pass through untouched. */
export function objectWith<S extends Shape>(
  shape: S,
): (value: unknown, where: string) => Record<string, unknown> & FromShape<S> {
  return (value, where) => {
    if (!isPlainObject(value)) return fail(where, 'an object', value);
    for (const [key, guard] of Object.entries(shape)) guard(value[key], `${where}.${key}`);
    return value as Record<string, unknown> & FromShape<S>;
  };
}

export function anyArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) return fail(where, 'an array', value);
  return value;
}
