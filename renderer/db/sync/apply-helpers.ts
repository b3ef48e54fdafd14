import type { WordTest } from '../../../shared/text/types';
import type { EntityKind } from '../../../shared/sync/entities';
import type * as Y from 'yjs';
import type { EntityState } from '../../../shared/sync/entities';
import { sameValue } from '../../../shared/sync/merge-rules';
import type { RichTextValue } from '../../../shared/sync/synced-kinds';
import type { LecternDB } from '../schema/database';
import type { UidLookup } from './uid-lookup';

// What every remote applier shares: the context of one remote transaction and the row writes that make a second
// application of the same state a no-op.

/** `pending`: something the entity points at is not here yet (an abstract not imported, a list not arrived). */
/** `unblocks`: done, and rows waiting for something may find it now (a record a merge had taken away is back). */
export type ApplyOutcome = 'done' | 'pending' | 'unblocks';

export interface ApplyContext {
  database: LecternDB;
  doc: Y.Doc;
  /** A note's text or a highlight's comment as merged in `doc` (empty when it has none); `plain` drops the editor state. */
  richText: (kind: string, entity: string, plain: boolean) => RichTextValue;
  lookup: UidLookup;
  report: (problem: string) => void;
  now: number;
  /**
   * Whether this update changed the entity's `field` (true for every field when entities that waited are tried
   * again): a register that did not change is not applied again over what this device derived since.
   */
  fieldChanged: (field: string) => boolean;
  /** The dictionary an abstract's display form rejoins split words with, as Edit text and the importer use it. */
  isWord: WordTest;
  /**
   * Writes an entity into Dexie again as the docs hold it (its home doc may be another), deleting it here if they
   * hold it deleted; false, writing nothing, when they have never heard of it.
   */
  reapply: (kind: EntityKind<Record<string, unknown>>, entity: string) => Promise<boolean>;
}

export type Complete<Fields> = { [Field in keyof Fields]-?: Fields[Field] };

/** The entity's values when every field has one; an entity half-arrived (or with a refused value) waits. */
export function complete<Fields extends Record<string, unknown>>(state: EntityState<Fields>, fields: readonly (keyof Fields)[]): Complete<Fields> | null {
  return fields.every((field) => field in state.values) ? (state.values as Complete<Fields>) : null;
}

export function reportProblems(context: ApplyContext, problems: readonly string[]): void {
  for (const problem of problems) context.report(problem);
}

/** Rich text arriving from another device bumps the revision, so an editor open on the old text merges instead of overwriting. */
export function richTextAfter(existing: { json: string | null; text: string; revision?: number } | undefined, incoming: RichTextValue) {
  const changed = existing === undefined || existing.json !== incoming.json || existing.text !== incoming.text;
  const revision = (existing?.revision ?? 0) + (changed && existing !== undefined ? 1 : 0);
  return { json: incoming.json, text: incoming.text, revision };
}

export interface UidRow {
  id: number;
  uid: string;
}

export async function rowByUid<Row extends UidRow>(context: ApplyContext, table: string, uid: string): Promise<Row | undefined> {
  const rows = await context.database.table<Row, number>(table).where('uid').equals(uid).sortBy('id');
  return rows[0];
}

/** Rows equal but for when they were written: applying the same state again writes nothing. */
function sameApartFromTime(existing: object, incoming: object): boolean {
  const strip = (row: object) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'id' && key !== 'updatedAt'));
  return sameValue(strip(existing), strip(incoming));
}

/** Puts the row under its local id (a new one when the uid is new here), or deletes it when merged as deleted. */
export async function upsertOrDelete<Row extends UidRow>(
  context: ApplyContext,
  table: string,
  uid: string,
  present: boolean,
  build: (existing: Row | undefined) => Omit<Row, 'id'> | null,
): Promise<void> {
  const rows = context.database.table<Row, number>(table);
  const existing = await rowByUid<Row>(context, table, uid);
  if (!present) {
    if (existing !== undefined) await rows.where('uid').equals(uid).delete();
    return;
  }
  const row = build(existing);
  if (row === null) return;
  if (existing === undefined) await rows.add(row as Row);
  else if (!sameApartFromTime(existing, row)) await rows.put({ ...row, id: existing.id } as Row);
}
