import type { EntityKind } from '../../../shared/sync/entities';
import { ABSTRACT_KIND } from '../../../shared/sync/synced-kinds';
import { mergeRecords } from '../duplicates/merge';
import { MERGE_FIELDS, type MergeChoices } from '../duplicates/merge-fields';
import { replaceRows, type TableRows } from '../undo/row-snapshot';
import { takeMergeSnapshot } from './merge-snapshots';
import type { ApplyContext, ApplyOutcome } from './apply-helpers';
import type { EntityTable } from './capture-middleware';
import { localEntityOf } from './local-fields';

/** Every field keeps the survivor's value: the merging device's choices reach the survivor as its own field edits. */
const KEEP_SURVIVOR = Object.fromEntries(MERGE_FIELDS.map(({ field }) => [field, 'survivor'])) as MergeChoices;

/**
 * The duplicate merge another device made, made here with the app's own merge, so what only this device holds on
 * the merged-away abstract (a highlight made offline) moves to the survivor too. Notes only move: the merging device
 * sends the survivor's note with the loser's joined in and the loser's note deleted, as it did them.
 */
export async function mergeHere(context: ApplyContext, loserId: number, loserUid: string, survivorUid: string): Promise<ApplyOutcome> {
  const survivorId = await context.lookup.idOf('abstracts', survivorUid);
  if (survivorId === undefined) return 'pending';
  if (survivorId === loserId) {
    context.report(`abstract ${loserUid}: merged into itself; ignored`);
    return 'done';
  }
  await mergeRecords(survivorId, loserId, KEEP_SURVIVOR, context.database, 'keep-apart');
  context.lookup.forget('abstracts', loserUid);
  return 'done';
}

/** Puts back the rows the merge made here (by this device's user or from another's) changed, as the undoing device did; false when none was made here. */
export async function unmergeHere(context: ApplyContext, loserUid: string): Promise<boolean> {
  const snapshot = await takeMergeSnapshot(context.database, loserUid);
  if (snapshot === null) return false;
  await replaceRows(context.database, snapshot.after, snapshot.before);
  // Some of the merging device's changes may have arrived before this device merged, and so sit in what was put
  // back: every row either side touched is written again as the docs now hold it.
  await reapplyRows(context, snapshot.before, snapshot.after);
  return true;
}

const SYNCED_ENTITY_TABLES: ReadonlySet<string> = new Set<EntityTable>(['annotations', 'notes', 'links', 'abstractTags', 'listItems', 'reviewRecords', 'decisions']);
const isEntityTable = (name: string): name is EntityTable => SYNCED_ENTITY_TABLES.has(name);

async function reapplyRows(context: ApplyContext, ...snapshots: TableRows[]): Promise<void> {
  const done = new Set<string>();
  for (const snapshot of snapshots) {
    for (const [table, rows] of snapshot) {
      for (const row of rows) {
        const target = table === 'abstracts' ? abstractTarget(row) : isEntityTable(table) ? await entityTarget(context, table, row) : null;
        if (target === null || done.has(`${target.kind.name}|${target.entity}`)) continue;
        done.add(`${target.kind.name}|${target.entity}`);
        await context.reapply(target.kind, target.entity);
      }
    }
  }
}

type Target = { kind: EntityKind<Record<string, unknown>>; entity: string } | null;

function abstractTarget(row: object): Target {
  return 'uid' in row && typeof row.uid === 'string' ? { kind: ABSTRACT_KIND, entity: row.uid } : null;
}

async function entityTarget(context: ApplyContext, table: EntityTable, row: object): Promise<Target> {
  const read = await localEntityOf(table, row, context.lookup);
  return read.ok ? { kind: read.entity.kind, entity: read.entity.entity } : null;
}
