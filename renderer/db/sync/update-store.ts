import type { LecternDB } from '../schema/database';

/** One Yjs update of one of the library's docs, kept so offline edits and received changes survive a reload. */
export interface SyncUpdateRow {
  seq?: number;
  doc: string;
  update: Uint8Array;
}

/** Since version 15. `seq` keeps the order updates arrived in (Yjs does not need it, a reader of the table might). */
export const SYNC_UPDATES_SCHEMA = '++seq, doc';

/** A doc with more stored updates than this is rewritten as one merged update when it is loaded. */
const COMPACT_AFTER = 50;

export function appendUpdates(database: LecternDB, rows: readonly SyncUpdateRow[]): Promise<unknown> {
  return database.syncUpdates.bulkAdd([...rows]);
}

/** Every stored update, grouped by doc name, in arrival order. */
export async function loadUpdates(database: LecternDB): Promise<Map<string, Uint8Array[]>> {
  const byDoc = new Map<string, Uint8Array[]>();
  await database.syncUpdates.each((row) => {
    const list = byDoc.get(row.doc) ?? [];
    list.push(row.update);
    byDoc.set(row.doc, list);
  });
  return byDoc;
}

/** Replaces a doc's stored updates with one (its whole state), in one transaction. */
export async function compactUpdates(database: LecternDB, doc: string, count: number, merged: Uint8Array): Promise<void> {
  if (count <= COMPACT_AFTER) return;
  await database.transaction('rw', database.syncUpdates, async () => {
    await database.syncUpdates.where('doc').equals(doc).delete();
    await database.syncUpdates.add({ doc, update: merged });
  });
}
