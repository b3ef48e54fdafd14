import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

/** The tables whose rows are the user's synced layer; the rest are derived, local or imported from blobs. */
export const SYNCED_TABLES = [
  'abstracts',
  'tags',
  'abstractTags',
  'annotations',
  'notes',
  'links',
  'linkTypes',
  'lists',
  'listItems',
  'savedSearches',
  'reviews',
  'reviewRecords',
  'decisions',
  // Only its synced settings' rows are sent (synced-settings.ts); the rest of the table is this device's.
  'meta',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];
/** The tables whose every row is one synced entity. */
export type EntityTable = Exclude<SyncedTable, 'abstracts' | 'meta'>;

const isSyncedTable = (name: string): name is SyncedTable => (SYNCED_TABLES as readonly string[]).includes(name);

/** What one committed transaction did to one synced table. Keys are as Dexie gives them (numbers, or arrays for join rows). */
export interface TableChanges {
  /** Keys of rows added or replaced; read them after the commit for their new state. */
  written: Map<string, unknown>;
  /** Abstracts only: each replaced row as it was before this transaction, to tell which fields the user changed. */
  before: Map<string, unknown>;
  /** Rows deleted, as they were just before, so their uids are known. */
  deleted: Map<string, unknown>;
  /** Abstracts only: the transaction changed stored texts on the user's behalf (Edit text, a merge), so they sync. */
  textEdited: boolean;
  /** Abstracts only: each abstract a duplicate merge deleted (by key), with the survivor it went into; null when a merge was undone. */
  mergedInto: Map<number, number | null>;
}

export type CommittedChanges = ReadonlyMap<SyncedTable, TableChanges>;

type Listener = (changes: CommittedChanges) => void;

const listeners = new Map<string, Listener>();
const remoteTransactions = new WeakSet<object>();
const textEditTransactions = new WeakSet<object>();
const mergeTransactions = new WeakMap<object, Map<number, number | null>>();
const pending = new WeakMap<object, Map<SyncedTable, TableChanges>>();

/** Hands every committed local change of database `name` to `listener` until the returned function is called. */
export function captureCommittedChanges(name: string, listener: Listener): () => void {
  listeners.set(name, listener);
  return () => {
    if (listeners.get(name) === listener) listeners.delete(name);
  };
}

/** Marks a transaction (Dexie's `tx.idbtrans`) as the bridge applying remote changes, so they are not sent back out. */
export function markRemoteTransaction(transaction: object): void {
  remoteTransactions.add(transaction);
}

/**
 * Marks a transaction (Dexie's `tx.idbtrans`) as the user changing abstracts' texts, so the texts it writes sync.
 * Unmarked, a changed text is an import's (a fuller text merged in), which every device derives from the blobs.
 */
export function markUserTextEdit(transaction: object): void {
  textEditTransactions.add(transaction);
}

/** Marks a transaction (Dexie's `tx.idbtrans`) as merging abstract `loserId` into `survivorId`, so other devices merge too. */
export function markDuplicateMerge(transaction: object, survivorId: number, loserId: number): void {
  const merges = mergeTransactions.get(transaction) ?? new Map<number, number | null>();
  merges.set(loserId, survivorId);
  mergeTransactions.set(transaction, merges);
}

/** Marks a transaction as the undo of the merge that folded abstract `loserId` away: it is back, here and elsewhere. */
export function markMergeUndone(transaction: object, loserId: number): void {
  const merges = mergeTransactions.get(transaction) ?? new Map<number, number | null>();
  merges.set(loserId, null);
  mergeTransactions.set(transaction, merges);
}

const keyText = (key: unknown): string => JSON.stringify(key);

function isEventTarget(value: object): value is EventTarget {
  return 'addEventListener' in value && typeof value.addEventListener === 'function';
}

function changesOf(trans: DBCoreTransaction, listener: Listener): Map<SyncedTable, TableChanges> | null {
  const known = pending.get(trans);
  if (known !== undefined) return known;
  if (!isEventTarget(trans)) return null;
  const changes = new Map<SyncedTable, TableChanges>();
  pending.set(trans, changes);
  trans.addEventListener('complete', () => listener(changes));
  return changes;
}

function tableChanges(changes: Map<SyncedTable, TableChanges>, name: SyncedTable): TableChanges {
  let table = changes.get(name);
  if (table === undefined) {
    table = { written: new Map(), before: new Map(), deleted: new Map(), textEdited: false, mergedInto: new Map() };
    changes.set(name, table);
  }
  return table;
}

function primaryKeyOf(table: DBCoreTable, row: unknown): unknown {
  const path = table.schema.primaryKey.keyPath;
  if (typeof row !== 'object' || row === null) return undefined;
  const record = row as Record<string, unknown>;
  return Array.isArray(path) ? path.map((part) => record[part]) : typeof path === 'string' ? record[path] : undefined;
}

/**
 * The rows a request is about to delete or (abstracts) replace, read in its transaction first. Chained with
 * `then`, never `await`: DBCore promises keep Dexie's transaction zone, which the layers below read.
 */
interface RowsBefore {
  deleted: unknown[];
  replaced: unknown[];
  /** The keys of `replaced`, in order (a replaced row is undefined where none was there). */
  replacedKeys: unknown[];
}

function rowsBefore(table: DBCoreTable, name: SyncedTable, request: DBCoreMutateRequest): Promise<RowsBefore> | null {
  const trans = request.trans;
  if (request.type === 'delete')
    return table.getMany({ trans, keys: request.keys }).then((rows: unknown[]) => ({ deleted: rows, replaced: [], replacedKeys: [] }));
  if (request.type === 'deleteRange')
    return table
      .query({ trans, values: true, query: { index: table.schema.primaryKey, range: request.range } })
      .then((found) => ({ deleted: found.result as unknown[], replaced: [], replacedKeys: [] }));
  if (request.type === 'put' && name === 'abstracts') {
    const keys = request.values.map((row) => primaryKeyOf(table, row));
    return table.getMany({ trans, keys }).then((rows: unknown[]) => ({ deleted: [], replaced: rows, replacedKeys: keys }));
  }
  return null;
}

function noteBefore(table: DBCoreTable, recorded: TableChanges, rows: RowsBefore): void {
  for (const row of rows.deleted) {
    if (row === undefined) continue;
    const key = keyText(primaryKeyOf(table, row));
    recorded.deleted.set(key, row);
    recorded.written.delete(key);
  }
  rows.replaced.forEach((row, index) => {
    const key = keyText(rows.replacedKeys[index]);
    // Deleted and put back in one transaction (an undo replaces rows that way): the deleted row is the one before.
    const before = row ?? recorded.deleted.get(key);
    if (before !== undefined && !recorded.before.has(key)) recorded.before.set(key, before);
  });
}

function noteWritten(request: DBCoreMutateRequest, recorded: TableChanges, response: DBCoreMutateResponse): DBCoreMutateResponse {
  if (request.type !== 'add' && request.type !== 'put') return response;
  response.results?.forEach((key, index) => {
    if (response.failures[index] !== undefined) return;
    recorded.written.set(keyText(key), key);
    recorded.deleted.delete(keyText(key));
  });
  return response;
}

function recording(table: DBCoreTable, name: SyncedTable, databaseName: string): DBCoreTable {
  return {
    ...table,
    mutate: (request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
      const listener = listeners.get(databaseName);
      if (listener === undefined || remoteTransactions.has(request.trans)) return table.mutate(request);
      const changes = changesOf(request.trans, listener);
      if (changes === null) return table.mutate(request);
      const recorded = tableChanges(changes, name);
      if (textEditTransactions.has(request.trans)) recorded.textEdited = true;
      for (const [loser, survivor] of mergeTransactions.get(request.trans) ?? []) recorded.mergedInto.set(loser, survivor);
      const before = rowsBefore(table, name, request);
      const mutated =
        before === null
          ? table.mutate(request)
          : before.then((rows) => {
              noteBefore(table, recorded, rows);
              return table.mutate(request);
            });
      return mutated.then((response) => noteWritten(request, recorded, response));
    },
  };
}

/**
 * Records what each local transaction writes to the synced tables and hands it to the sync bridge once the
 * transaction has committed (an aborted one never reaches it). Deleted rows are read before they go, so the bridge
 * knows their uids. With sync off no listener is registered and every write passes straight through.
 */
export const syncCaptureMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sync-capture',
  create: (down) => ({
    ...down,
    table: (name) => (isSyncedTable(name) ? recording(down.table(name), name, down.schema.name) : down.table(name)),
  }),
};
