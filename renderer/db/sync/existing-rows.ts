import type { IndexableType } from 'dexie';
import type { LecternDB } from '../schema/database';
import type { StoredAbstractRow } from '../schema/row-types';
import { SYNCED_TABLES, type CommittedChanges, type SyncedTable, type TableChanges } from './capture-middleware';

const keyText = (key: unknown): string => JSON.stringify(key);

/** An abstract as a fresh import leaves it: unread, no star. Against it, only what the user did shows as changed. */
function asImported(row: StoredAbstractRow): StoredAbstractRow {
  const imported: StoredAbstractRow = { ...row, status: 'unread' };
  delete imported.starred;
  return imported;
}

/**
 * An abstract changed since its import (Edit details, or an import that filled it in), against an import that gave
 * it no details: every detail it has shows as changed and goes out. Its citation key stays out: keys are claimed in
 * import order, so two devices may hold different keys for one paper without anyone having edited them.
 */
function asImportedWithoutDetails(row: StoredAbstractRow): StoredAbstractRow {
  return { ...asImported(row), title: null, authors: [], year: null, doi: null, arxiv: null, url: null, venue: null, type: null, keywords: [] };
}

/**
 * The user's layer already in the library, as if it had all just been written: what a replica opened for the first
 * time sends, so a library that existed before sync was set up reaches the other devices. Abstracts contribute
 * their status and star, and the details of those changed since their import; texts come from the files every
 * device imports (a text edited before sync was set up stays on its device).
 */
export async function existingRowsAsChanges(database: LecternDB): Promise<CommittedChanges> {
  const changes = new Map<SyncedTable, TableChanges>();
  const userAbstracts: TableChanges = { written: new Map(), before: new Map(), deleted: new Map(), textEdited: false, mergedInto: new Map() };
  await database.abstracts.each((row) => {
    const changedSinceImport = row.updatedAt > row.createdAt;
    if (changedSinceImport) userAbstracts.before.set(keyText(row.id), asImportedWithoutDetails(row));
    else if (row.status !== 'unread' || row.starred === 1) userAbstracts.before.set(keyText(row.id), asImported(row));
  });
  if (userAbstracts.before.size > 0) changes.set('abstracts', userAbstracts);
  for (const table of SYNCED_TABLES) {
    if (table === 'abstracts') continue;
    const keys = await database.table(table).toCollection().primaryKeys();
    if (keys.length === 0) continue;
    const written = new Map<string, unknown>(keys.map((key: IndexableType) => [keyText(key), key]));
    changes.set(table, { written, before: new Map(), deleted: new Map(), textEdited: false, mergedInto: new Map() });
  }
  return changes;
}
