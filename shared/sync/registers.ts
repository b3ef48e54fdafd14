import type * as Y from 'yjs';
import { compareHlc, decodeHlc, encodeHlc, isDeviceId, type EncodedHlc, type Hlc } from './hlc';

/**
 * Every synced fact is a register written by one device: key `<kind>|<entity>|<field>|<device>` in the doc's one
 * top-level map, value `{v, at}` with `at` a hybrid-clock stamp. A device only ever writes keys that end in its own
 * id, so Y.Map's own winner for concurrent sets (chosen by Yjs client id, not by time) never decides anything;
 * readers take every device's entry and resolve by the rules in merge-rules.ts. Keys are flat on purpose: two devices
 * that each create a nested Y.Map under the same key concurrently lose one of them whole.
 */
export const REGISTERS_MAP = 'registers';
/** Every device that has written to the doc, so a reader can find a register's entries without a scan. */
export const DEVICES_MAP = 'devices';
/** The register a delete writes: `{seen}` holds, per device, the latest edit stamp the deleting device had seen. */
export const DELETED_FIELD = '$deleted';
/** Written when a row is (re)created or restored, so an entity with no other change still counts as edited. */
export const ALIVE_FIELD = '$alive';

const SEPARATOR = '|';
const PART_PATTERN = /^[0-9A-Za-z_.$-]{1,140}$/;

export interface RegisterKey {
  kind: string;
  entity: string;
  field: string;
  device: string;
}

export function registerKey(key: RegisterKey): string {
  return [key.kind, key.entity, key.field, key.device].join(SEPARATOR);
}

export function parseRegisterKey(text: string): RegisterKey | null {
  const parts = text.split(SEPARATOR);
  if (parts.length !== 4 || !parts.every((part) => PART_PATTERN.test(part))) return null;
  const [kind = '', entity = '', field = '', device = ''] = parts;
  return isDeviceId(device) ? { kind, entity, field, device } : null;
}

export interface StampedValue {
  value: unknown;
  at: Hlc;
}

export type DecodedEntry = { ok: true; entry: StampedValue } | { ok: false; problem: string };

/** Checks the envelope of one register value; the field's own check runs later, in the entity reader. */
export function decodeEntry(raw: unknown, device: string): DecodedEntry {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('at' in raw) || !('v' in raw))
    return { ok: false, problem: 'a register value is {v, at}' };
  const at = decodeHlc(raw.at);
  if (!at.ok) return at;
  if (at.stamp.device !== device) return { ok: false, problem: 'a register’s stamp names another device than its key' };
  return { ok: true, entry: { value: raw.v, at: at.stamp } };
}

export const registersOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(REGISTERS_MAP);
export const devicesOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(DEVICES_MAP);

export function knownDevices(doc: Y.Doc): string[] {
  return [...devicesOf(doc).keys()].filter(isDeviceId).sort();
}

/** Writes this device's entry of one register. Call inside `doc.transact(…, origin)`. */
export function writeRegister(doc: Y.Doc, key: RegisterKey, value: unknown, at: Hlc): void {
  if (at.device !== key.device) throw new Error('A device writes only its own registers.');
  const devices = devicesOf(doc);
  if (!devices.has(key.device)) devices.set(key.device, true);
  const entry: { v: unknown; at: EncodedHlc } = { v: value, at: encodeHlc(at) };
  registersOf(doc).set(registerKey(key), entry);
}

export interface RegisterEntries {
  /** Valid entries, one per device at most. */
  entries: { device: string; entry: StampedValue }[];
  problems: string[];
}

/** Every device's entry of one register, envelopes checked; bad ones are left out with a reason. */
export function readRegister(doc: Y.Doc, kind: string, entity: string, field: string): RegisterEntries {
  const registers = registersOf(doc);
  const result: RegisterEntries = { entries: [], problems: [] };
  for (const device of knownDevices(doc)) {
    const key = registerKey({ kind, entity, field, device });
    if (!registers.has(key)) continue;
    const decoded = decodeEntry(registers.get(key), device);
    if (decoded.ok) result.entries.push({ device, entry: decoded.entry });
    else result.problems.push(`${key}: ${decoded.problem}`);
  }
  return result;
}

/** The latest entry (by stamp, ties impossible: stamps carry the device) whose value passes `check`. */
export function latestValid(
  entries: readonly { device: string; entry: StampedValue }[],
  check: (value: unknown) => string | null,
  problems: string[],
  label: string,
): StampedValue | undefined {
  let best: StampedValue | undefined;
  for (const { device, entry } of entries) {
    const problem = check(entry.value);
    if (problem !== null) {
      problems.push(`${label} from ${device}: ${problem}`);
      continue;
    }
    if (best === undefined || compareHlc(entry.at, best.at) > 0) best = entry;
  }
  return best;
}
