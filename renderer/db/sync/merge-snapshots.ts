import type { LecternDB } from '../schema/database';
import type { TableRows } from '../undo/row-snapshot';

/**
 * The rows each duplicate merge made on this device touched, before and after, kept by the merged-away abstract's
 * uid: when another device's undo of that merge arrives, this device puts its own rows back as they were. Device-local
 * (`sync.` meta rows stay out of backups); a later merge of the same record replaces it.
 */
const snapshotKey = (loserUid: string): string => `sync.merge:${loserUid}`;

export interface MergeSnapshot {
  before: TableRows;
  after: TableRows;
}

/** Call inside the merge's transaction (its scope includes `meta`). */
export async function keepMergeSnapshot(database: LecternDB, loserUid: string, snapshot: MergeSnapshot): Promise<void> {
  await database.meta.put({ key: snapshotKey(loserUid), value: JSON.stringify({ before: [...snapshot.before], after: [...snapshot.after] }) });
}

/** Forgets the snapshot once that merge is undone here. */
export async function dropMergeSnapshot(database: LecternDB, loserUid: string): Promise<void> {
  await database.meta.delete(snapshotKey(loserUid));
}

function rowsByTable(value: unknown): TableRows | null {
  if (!Array.isArray(value)) return null;
  const tables = new Map<string, object[]>();
  for (const entry of value) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) return null;
    tables.set(entry[0], entry[1] as object[]);
  }
  return tables;
}

/** The snapshot of the merge that folded `loserUid` away here, removed as it is read; null when none was kept. */
export async function takeMergeSnapshot(database: LecternDB, loserUid: string): Promise<MergeSnapshot | null> {
  const kept = (await database.meta.get(snapshotKey(loserUid)))?.value;
  if (typeof kept !== 'string') return null;
  await database.meta.delete(snapshotKey(loserUid));
  const parsed: unknown = JSON.parse(kept);
  if (typeof parsed !== 'object' || parsed === null || !('before' in parsed) || !('after' in parsed)) return null;
  const [before, after] = [rowsByTable(parsed.before), rowsByTable(parsed.after)];
  return before === null || after === null ? null : { before, after };
}
