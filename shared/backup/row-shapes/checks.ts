// Value checks for backup rows, built once per table and version and run on every row without allocating.

/** What is wrong with a value, and where in the row (a dotted path, empty for the row itself). */
export type Fault =
  | { kind: 'wrong'; path: string; expected: string; value: unknown }
  | { kind: 'missing'; path: string }
  | { kind: 'unexpected'; path: string };

/** Null when the value is well formed; the first fault otherwise. */
export type Check = (value: unknown) => Fault | null;

/** The fields of an object shape: each field's check, by name. */
export type Fields = Readonly<Record<string, Check>>;

function wrong(expected: string, value: unknown): Fault {
  return { kind: 'wrong', path: '', expected, value };
}

/** The fault, moved one step down into `step` (a field name, or `[index]`). */
function under(step: string, fault: Fault): Fault {
  const separator = fault.path === '' || fault.path.startsWith('[') ? '' : '.';
  fault.path = `${step}${separator}${fault.path}`;
  return fault;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export const text: Check = (value) => (typeof value === 'string' ? null : wrong('a string', value));

export const flag: Check = (value) => (typeof value === 'boolean' ? null : wrong('true or false', value));

/** Ids, offsets, counts and millisecond timestamps. */
export const wholeNumber: Check = (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? null : wrong('a whole number', value);

export const finiteNumber: Check = (value) => (typeof value === 'number' && Number.isFinite(value) ? null : wrong('a number', value));

export const fraction: Check = (value) =>
  typeof value === 'number' && value >= 0 && value <= 1 ? null : wrong('a number from 0 to 1', value);

export function exactly(expected: string | number): Check {
  const expectation = JSON.stringify(expected);
  return (value) => (value === expected ? null : wrong(expectation, value));
}

/** One of the keys of `choices`; a Record keyed by a union type makes the compiler list every member. */
export function oneOf(choices: Readonly<Record<string, true>>): Check {
  const allowed = new Set(Object.keys(choices));
  const expectation = `one of ${[...allowed].map((choice) => JSON.stringify(choice)).join(', ')}`;
  return (value) => (typeof value === 'string' && allowed.has(value) ? null : wrong(expectation, value));
}

export function nullable(check: Check): Check {
  return (value) => {
    if (value === null) return null;
    const fault = check(value);
    if (fault?.kind === 'wrong' && fault.path === '') fault.expected += ' or null';
    return fault;
  };
}

/** Any of the checks passes; `expectation` names them all. */
export function anyOf(checks: readonly Check[], expectation: string): Check {
  return (value) => {
    for (const check of checks) if (check(value) === null) return null;
    return wrong(expectation, value);
  };
}

export function listOf(item: Check, expectation = 'a list'): Check {
  return (value) => {
    if (!Array.isArray(value)) return wrong(expectation, value);
    for (let index = 0; index < value.length; index += 1) {
      const fault = item(value[index]);
      if (fault !== null) return under(`[${index}]`, fault);
    }
    return null;
  };
}

/** A plain object of any field names, each holding a value `item` accepts. */
export function recordOf(item: Check, expectation = 'an object'): Check {
  return (value) => {
    if (!isPlainObject(value)) return wrong(expectation, value);
    for (const name in value) {
      if (!Object.hasOwn(value, name)) continue;
      const fault = item(value[name]);
      if (fault !== null) return under(name, fault);
    }
    return null;
  };
}

/**
 * A plain object with exactly these fields: every one of `required`, any of `optional`, nothing else.
 * A field holding undefined counts as absent (IndexedDB keeps such keys; JSON never has them).
 */
export function objectOf(required: Fields, optional: Fields = {}): Check {
  const requiredNames = Object.keys(required);
  const requiredChecks = Object.values(required);
  const optionalNames = Object.keys(optional);
  const optionalChecks = Object.values(optional);
  const known = new Set([...requiredNames, ...optionalNames]);
  return (value) => {
    if (!isPlainObject(value)) return wrong('an object', value);
    for (let index = 0; index < requiredNames.length; index += 1) {
      const name = requiredNames[index] as string;
      const field = value[name];
      if (field === undefined) return { kind: 'missing', path: name };
      const fault = (requiredChecks[index] as Check)(field);
      if (fault !== null) return under(name, fault);
    }
    for (let index = 0; index < optionalNames.length; index += 1) {
      const name = optionalNames[index] as string;
      const field = value[name];
      if (field === undefined) continue;
      const fault = (optionalChecks[index] as Check)(field);
      if (fault !== null) return under(name, fault);
    }
    for (const name in value) {
      if (!known.has(name) && Object.hasOwn(value, name) && value[name] !== undefined) return { kind: 'unexpected', path: name };
    }
    return null;
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `an ${typeof value}`;
}

/** The fault as a short sentence naming the field, e.g. `field “abstractId” must be a whole number, got "x"`. */
export function faultMessage(fault: Fault): string {
  if (fault.kind === 'missing') return `missing field “${fault.path}”`;
  if (fault.kind === 'unexpected') return `unexpected field “${fault.path}”`;
  const subject = fault.path === '' ? 'the row' : `field “${fault.path}”`;
  return `${subject} must be ${fault.expected}, got ${describe(fault.value)}`;
}
