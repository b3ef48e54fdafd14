import type { IndexableType } from 'dexie';
import type { EntityKind } from '../../../shared/sync/entities';
import { sameValue } from '../../../shared/sync/merge-rules';
import { ABSTRACT_KIND, type AbstractFields } from '../../../shared/sync/synced-kinds';
import { SETTING_KIND, SETTINGS_ENTITY, syncedSettingOfKey } from '../../../shared/sync/synced-settings';
import type { LecternDB } from '../schema/database';
import type { StoredAbstractRow } from '../schema/row-types';
import type { CommittedChanges, EntityTable, TableChanges } from './capture-middleware';
import { deletedEntityOf, isKeyedByEnds, localEntityOf, type LocalEntity } from './local-fields';
import { UidLookup, type ReferencedTable } from './uid-lookup';

/** What a committed local transaction means for the Yjs docs, worked out before touching them (they are written synchronously). */
export type LocalOperation =
  | { type: 'write'; entity: LocalEntity }
  | { type: 'delete'; kind: EntityKind<Record<string, unknown>>; entity: string }
  | { type: 'fields'; kind: EntityKind<Record<string, unknown>>; entity: string; fields: Record<string, unknown> };

const REFERENCED: readonly ReferencedTable[] = ['abstracts', 'tags', 'annotations', 'notes', 'lists', 'reviews'];
const EXPORT_ORDER: readonly EntityTable[] = [
  'tags',
  'lists',
  'savedSearches',
  'linkTypes',
  'reviews',
  'notes',
  'annotations',
  'abstractTags',
  'listItems',
  'links',
  'reviewRecords',
  'decisions',
];

/** The fields of an abstract row the user edits and that sync; the rest come from the captures. */
export function abstractFieldsOf(row: StoredAbstractRow): AbstractFields {
  return {
    status: row.status,
    starred: row.starred === 1,
    title: row.title,
    authors: [...row.authors],
    year: row.year,
    doi: row.doi,
    arxiv: row.arxiv,
    url: row.url,
    venue: row.venue,
    type: row.type,
    citationKey: row.citationKey,
    keywords: [...row.keywords],
  };
}

/** The abstract fields this transaction changed (a fresh import writes rows but changes nothing the user did). */
function changedAbstractFields(before: StoredAbstractRow, after: StoredAbstractRow): Partial<AbstractFields> {
  const old = abstractFieldsOf(before);
  const now = abstractFieldsOf(after);
  const changed: Partial<AbstractFields> = {};
  for (const field of Object.keys(now) as (keyof AbstractFields)[]) {
    if (!sameValue(old[field], now[field])) Object.assign(changed, { [field]: now[field] });
  }
  return changed;
}

/** Dependent rows that went with a deleted abstract (only a duplicate merge deletes one). */
function wentWithAbstract(row: unknown, deletedAbstracts: ReadonlySet<number>): boolean {
  if (typeof row !== 'object' || row === null) return false;
  const record = row as Record<string, unknown>;
  return ['abstractId', 'fromId', 'toId'].some((field) => typeof record[field] === 'number' && deletedAbstracts.has(record[field]));
}

async function abstractOperations(database: LecternDB, changes: TableChanges | undefined, lookup: UidLookup): Promise<LocalOperation[]> {
  if (changes === undefined) return [];
  const operations: LocalOperation[] = [];
  for (const [key, before] of changes.before) {
    const id: unknown = JSON.parse(key);
    if (typeof id !== 'number') continue;
    const after = await database.abstracts.get(id);
    if (after === undefined) continue;
    const fields = changedAbstractFields(before as StoredAbstractRow, after);
    if (changes.textEdited) {
      const text = (await database.abstractTexts.get(id))?.text;
      if (text !== undefined) fields.text = text;
    }
    if (Object.keys(fields).length > 0) operations.push({ type: 'fields', kind: ABSTRACT_KIND, entity: after.uid, fields });
    lookup.remember('abstracts', after);
  }
  for (const [loserId, survivorId] of changes.mergedInto) {
    const loser = await lookup.uidOf('abstracts', loserId);
    const survivor = survivorId === null ? null : await lookup.uidOf('abstracts', survivorId);
    if (loser !== undefined && survivor !== undefined) operations.push({ type: 'fields', kind: ABSTRACT_KIND, entity: loser, fields: { mergedInto: survivor } });
  }
  return operations;
}

/** The synced settings this transaction wrote; a value the rules refuse is reported and left out. */
async function settingOperations(database: LecternDB, changes: TableChanges | undefined, report: (problem: string) => void): Promise<LocalOperation[]> {
  const fields: Record<string, unknown> = {};
  for (const key of changes?.written.values() ?? []) {
    const field = typeof key === 'string' ? syncedSettingOfKey(key) : null;
    if (field === null) continue;
    const value: unknown = (await database.meta.get(key as string))?.value;
    const check = SETTING_KIND.fields[field];
    const problem = check === undefined ? 'not a synced setting' : check(value);
    if (problem === null) fields[field] = value;
    else report(`setting ${field} not synced: ${problem}`);
  }
  return Object.keys(fields).length === 0 ? [] : [{ type: 'fields', kind: SETTING_KIND, entity: SETTINGS_ENTITY, fields }];
}

/**
 * Reads the rows a committed transaction touched and says what to write to the docs. Problems (a row pointing at
 * something without a uid) are reported, not thrown: the rest of the transaction still syncs.
 */
export async function localOperations(
  database: LecternDB,
  changes: CommittedChanges,
  report: (problem: string) => void,
): Promise<LocalOperation[]> {
  const lookup = new UidLookup(database);
  for (const table of REFERENCED) for (const row of changes.get(table)?.deleted.values() ?? []) lookup.remember(table, row);
  const mergedAway = changes.get('abstracts')?.mergedInto ?? new Map<number, number | null>();
  const deletedAbstracts = new Set([...(changes.get('abstracts')?.deleted.values() ?? [])].map((row) => (row as { id: number }).id));
  // A merge deletes the loser's own rows (its note) as the user's act: those deletes go out, by uid. Join rows keyed
  // by the loser's uid do not: elsewhere that uid resolves to the survivor, whose rows they would delete.
  const mergedAwayIds = new Set(mergedAway.keys());
  const keptBack = (table: EntityTable, row: unknown): boolean =>
    wentWithAbstract(row, deletedAbstracts) && (isKeyedByEnds(table) || !wentWithAbstract(row, mergedAwayIds));
  const operations = [...(await abstractOperations(database, changes.get('abstracts'), lookup)), ...(await settingOperations(database, changes.get('meta'), report))];
  for (const table of EXPORT_ORDER) {
    const tableChanges = changes.get(table);
    if (tableChanges === undefined) continue;
    for (const key of tableChanges.written.values()) {
      const row: unknown = await database.table(table).get(key as IndexableType);
      if (row === undefined) continue;
      const read = await localEntityOf(table, row, lookup);
      if (read.ok) operations.push({ type: 'write', entity: read.entity });
      else if (!read.derived) report(read.reason);
    }
    for (const row of tableChanges.deleted.values()) {
      if (keptBack(table, row)) continue;
      const deleted = await deletedEntityOf(table, row, lookup);
      if (deleted === null) continue;
      if ('reason' in deleted) report(deleted.reason);
      else operations.push({ type: 'delete', kind: deleted.kind, entity: deleted.entity });
    }
  }
  return operations;
}
