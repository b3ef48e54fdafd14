import type { IndexableType } from 'dexie';
import { db as appDb, type LecternDB } from '../schema/database';
import { discardPersistedIndex } from '../search/persisted-index';
import type { Reversible } from '../undo/reversible';
import { inspectLibrary } from './check';
import { CHECKED_TABLES, ORPHAN_TABLE, type OrphanKeys } from './orphans';
import { ORPHAN_KINDS, type LibraryCheckReport } from './report';

/** The rows one repair removed, by table, with their keys. */
type RemovedRows = Map<string, { keys: IndexableType[]; rows: unknown[] }>;

function keysByTable(found: OrphanKeys): Map<string, IndexableType[]> {
  const byTable = new Map<string, IndexableType[]>();
  for (const kind of ORPHAN_KINDS) {
    if (found[kind].length === 0) continue;
    const table = ORPHAN_TABLE[kind];
    byTable.set(table, [...(byTable.get(table) ?? []), ...found[kind]]);
  }
  return byTable;
}

async function deleteAll(database: LecternDB, removed: RemovedRows): Promise<void> {
  for (const [table, { keys }] of removed) await database.table(table).bulkDelete(keys);
}

/**
 * Removes every orphan in one transaction and, when the persisted search index is stale or damaged,
 * discards it (the caller then asks the search worker to rebuild). Undo puts every removed row back
 * as it was, redo removes them again, each in one transaction; the discarded index is not put back,
 * since the rebuilt one replaces it.
 */
export async function repairLibrary(database: LecternDB = appDb): Promise<{ report: LibraryCheckReport; change: Reversible }> {
  const { report, removed } = await database.transaction('rw', CHECKED_TABLES, async () => {
    const inspected = await inspectLibrary(database);
    const removedRows: RemovedRows = new Map();
    for (const [table, keys] of keysByTable(inspected.found)) {
      const rows = await database.table(table).bulkGet(keys);
      removedRows.set(table, { keys, rows: rows.filter((row) => row !== undefined) });
    }
    await deleteAll(database, removedRows);
    if (inspected.report.searchIndex !== 'ok') await discardPersistedIndex(database);
    return { report: inspected.report, removed: removedRows };
  });
  const tables = [...removed.keys()];
  const change: Reversible = {
    undo: async () => {
      if (tables.length === 0) return;
      await database.transaction('rw', tables, async () => {
        for (const [table, { rows }] of removed) await database.table(table).bulkPut(rows);
      });
    },
    redo: async () => {
      if (tables.length === 0) return;
      await database.transaction('rw', tables, () => deleteAll(database, removed));
    },
  };
  return { report, change };
}
