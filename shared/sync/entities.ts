import type * as Y from 'yjs';
import { compareHlc, type HybridClock, type Hlc } from './hlc';
import { decodeDeletion, encodeDeletion, isPresent, sameValue, type EditVector } from './merge-rules';
import { ALIVE_FIELD, DELETED_FIELD, latestValid, readRegister, writeRegister } from './registers';

/** Says what is wrong with a decoded value, or null when it is acceptable. */
export type ValueCheck = (value: unknown) => string | null;

/** One kind of synced entity: its fields (each merged last-writer-wins) and whether it can be deleted. */
export interface EntityKind<Fields extends Record<string, unknown>> {
  name: string;
  fields: { [Field in keyof Fields]: ValueCheck };
  /** Entities that can be deleted merge presence by observed-remove; the others (abstracts) always exist. */
  deletable: boolean;
}

export interface EntityState<Fields> {
  /** False when deleted, or when nothing valid was ever written. */
  present: boolean;
  /** The winning value of each field that has one; a field with no valid entry is left out. */
  values: Partial<Fields>;
  /** Values and entries skipped, with the reason, for the log. */
  problems: string[];
}

export function fieldNames<Fields extends Record<string, unknown>>(kind: EntityKind<Fields>): (keyof Fields & string)[] {
  return Object.keys(kind.fields);
}

/** A field's check; a name the kind does not list is refused (an index lookup alone could be undefined). */
function checkOf<Fields extends Record<string, unknown>>(kind: EntityKind<Fields>, field: keyof Fields): ValueCheck {
  const check: ValueCheck | undefined = kind.fields[field];
  return check ?? (() => `not a field of ${kind.name}`);
}

export function readEntity<Fields extends Record<string, unknown>>(
  doc: Y.Doc,
  kind: EntityKind<Fields>,
  entity: string,
): EntityState<Fields> {
  const problems: string[] = [];
  const values: Partial<Fields> = {};
  for (const field of fieldNames(kind)) {
    const read = readRegister(doc, kind.name, entity, field);
    problems.push(...read.problems);
    const winner = latestValid(read.entries, checkOf(kind, field), problems, `${kind.name} ${entity} ${field}`);
    if (winner !== undefined) values[field] = winner.value as Fields[typeof field];
  }
  const edits = editVector(doc, kind, entity);
  const present = kind.deletable ? isPresent(edits, deletionsOf(doc, kind.name, entity, problems)) : edits.size > 0;
  return { present, values, problems };
}

function deletionsOf(doc: Y.Doc, kindName: string, entity: string, problems: string[]): EditVector[] {
  const read = readRegister(doc, kindName, entity, DELETED_FIELD);
  problems.push(...read.problems);
  const deletions: EditVector[] = [];
  for (const { device, entry } of read.entries) {
    const decoded = decodeDeletion(entry.value);
    if (decoded.ok) deletions.push(decoded.seen);
    else problems.push(`${kindName} ${entity} delete from ${device}: ${decoded.problem}`);
  }
  return deletions;
}

/** The latest valid edit stamp of each device on the entity: what a delete made now has seen. */
function editVector<Fields extends Record<string, unknown>>(doc: Y.Doc, kind: EntityKind<Fields>, entity: string): Map<string, Hlc> {
  const edits = new Map<string, Hlc>();
  for (const field of [...fieldNames(kind), ALIVE_FIELD]) {
    const check: ValueCheck = field === ALIVE_FIELD ? () => null : checkOf(kind, field);
    for (const { device, entry } of readRegister(doc, kind.name, entity, field).entries) {
      if (check(entry.value) !== null) continue;
      const previous = edits.get(device);
      if (previous === undefined || compareHlc(entry.at, previous) > 0) edits.set(device, entry.at);
    }
  }
  return edits;
}

/**
 * Writes this device's view of an entity: every field whose value differs from the merged one, and `$alive` when
 * the entity is here but merged as deleted (a restore, or a row re-created). Returns whether anything was written.
 * Call inside `doc.transact(…, origin)`.
 */
export function writeEntity<Fields extends Record<string, unknown>>(
  doc: Y.Doc,
  kind: EntityKind<Fields>,
  entity: string,
  fields: Fields,
  clock: HybridClock,
): boolean {
  const present = readEntity(doc, kind, entity).present;
  const wrote = writeEntityFields(doc, kind, entity, fields, clock);
  if (present || wrote) return wrote;
  writeRegister(doc, { kind: kind.name, entity, field: ALIVE_FIELD, device: clock.device }, true, clock.now());
  return true;
}

/** Writes the given fields that differ from their merged values (an edit of some fields only). */
export function writeEntityFields<Fields extends Record<string, unknown>>(
  doc: Y.Doc,
  kind: EntityKind<Fields>,
  entity: string,
  fields: Partial<Fields>,
  clock: HybridClock,
): boolean {
  const current = readEntity(doc, kind, entity);
  const changed = fieldNames(kind).filter((field) => {
    if (!(field in fields)) return false;
    const problem = checkOf(kind, field)(fields[field]);
    if (problem !== null) throw new Error(`${kind.name} ${entity} ${field}: ${problem}`);
    return !(field in current.values && sameValue(current.values[field], fields[field]));
  });
  if (changed.length === 0) return false;
  observeEntity(doc, kind, entity, clock);
  const at = clock.now();
  for (const field of changed) writeRegister(doc, { kind: kind.name, entity, field, device: clock.device }, fields[field], at);
  return true;
}

/** Deletes an entity as this device has seen it; an edit this device has not seen keeps it alive. */
export function deleteEntity<Fields extends Record<string, unknown>>(
  doc: Y.Doc,
  kind: EntityKind<Fields>,
  entity: string,
  clock: HybridClock,
): boolean {
  if (!kind.deletable) throw new Error(`A ${kind.name} is not deleted through sync.`);
  if (!readEntity(doc, kind, entity).present) return false;
  observeEntity(doc, kind, entity, clock);
  writeRegister(doc, { kind: kind.name, entity, field: DELETED_FIELD, device: clock.device }, encodeDeletion(editVector(doc, kind, entity)), clock.now());
  return true;
}

/** Takes every stamp on the entity into the clock, so this device's next write is later than all it has seen. */
function observeEntity<Fields extends Record<string, unknown>>(doc: Y.Doc, kind: EntityKind<Fields>, entity: string, clock: HybridClock): void {
  for (const stamp of editVector(doc, kind, entity).values()) clock.observe(stamp);
  for (const { entry } of readRegister(doc, kind.name, entity, DELETED_FIELD).entries) clock.observe(entry.at);
}

/** Whether any device ever wrote or deleted this entity in `doc`. */
export function knowsEntity<Fields extends Record<string, unknown>>(doc: Y.Doc, kind: EntityKind<Fields>, entity: string): boolean {
  return [...fieldNames(kind), ALIVE_FIELD, DELETED_FIELD].some((field) => readRegister(doc, kind.name, entity, field).entries.length > 0);
}
