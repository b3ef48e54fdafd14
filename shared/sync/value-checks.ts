import { isUid } from './uids';
import type { ValueCheck } from './entities';

/** Checks for decoded register values: each says what is wrong, or null. Limits keep one bad value from swamping a device. */
const MAX_SHORT_TEXT = 2_000;
const MAX_LONG_TEXT = 1_000_000;
const MAX_LIST = 10_000;

export const isBoolean: ValueCheck = (value) => (typeof value === 'boolean' ? null : 'not true or false');

export const shortText: ValueCheck = (value) =>
  typeof value === 'string' && value.length <= MAX_SHORT_TEXT ? null : `not a text of at most ${MAX_SHORT_TEXT} characters`;

export const nonEmptyText: ValueCheck = (value) => (typeof value === 'string' && value.trim() !== '' ? shortText(value) : 'an empty text');

export const longText: ValueCheck = (value) =>
  typeof value === 'string' && value.length <= MAX_LONG_TEXT ? null : `not a text of at most ${MAX_LONG_TEXT} characters`;

export const nonEmptyLongText: ValueCheck = (value) => (typeof value === 'string' && value.trim() !== '' ? longText(value) : 'an empty text');

export const uid: ValueCheck = (value) => (isUid(value) ? null : 'not a uid');

export const timestamp: ValueCheck = (value) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? null : 'not a time in milliseconds';

export function nullable(check: ValueCheck): ValueCheck {
  return (value) => (value === null ? null : check(value));
}

export function oneOf(values: readonly unknown[]): ValueCheck {
  return (value) => (values.includes(value) ? null : `not one of ${values.join(', ')}`);
}

export function listOf(check: ValueCheck): ValueCheck {
  return (value) => {
    if (!Array.isArray(value) || value.length > MAX_LIST) return `not a list of at most ${MAX_LIST} items`;
    for (const item of value) {
      const problem = check(item);
      if (problem !== null) return `an item is ${problem}`;
    }
    return null;
  };
}

export function integerIn(min: number, max: number): ValueCheck {
  return (value) => (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? null : `not an integer from ${min} to ${max}`);
}

export function numberIn(min: number, max: number): ValueCheck {
  return (value) => (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? null : `not a number from ${min} to ${max}`);
}

/** A plain object whose listed properties pass their checks (other properties are refused). */
export function record(shape: Record<string, ValueCheck>): ValueCheck {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
    for (const key of Object.keys(value)) if (!(key in shape)) return `has an unknown property ${key}`;
    for (const [key, check] of Object.entries(shape)) {
      const problem = check((value as Record<string, unknown>)[key]);
      if (problem !== null) return `${key} is ${problem}`;
    }
    return null;
  };
}

export function optional(check: ValueCheck): ValueCheck {
  return (value) => (value === undefined ? null : check(value));
}
