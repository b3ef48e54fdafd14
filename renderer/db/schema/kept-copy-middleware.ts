import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

/**
 * Brings a copy up to date after one write to its source, in the write's own transaction: told the
 * request, its response and the ids it deleted. Undefined when the write changed nothing the copy holds.
 */
export type PatchCopy = (core: DBCore, request: DBCoreMutateRequest, response: DBCoreMutateResponse, deleted: readonly number[]) => Promise<void> | undefined;

const isId = (key: unknown): key is number => typeof key === 'number';

/** The transaction holds the copy (an upgrade from before the copy existed does not, nor a database opened at an older version). */
function holds(trans: DBCoreTransaction, copy: string): boolean {
  return 'objectStoreNames' in trans && (trans as IDBTransaction).objectStoreNames.contains(copy);
}

function following(table: DBCoreTable, core: DBCore, copy: string, patch: PatchCopy): DBCoreTable {
  const after = (request: DBCoreMutateRequest, deleted: readonly number[]) => (response: DBCoreMutateResponse): DBCoreMutateResponse | Promise<DBCoreMutateResponse> =>
    patch(core, request, response, deleted)?.then(() => response) ?? response;
  return {
    ...table,
    mutate: (request) => {
      if (!holds(request.trans, copy)) return table.mutate(request);
      if (request.type === 'deleteRange') {
        // The ids in the range are read first: the copy drops exactly those.
        const query = { index: table.schema.primaryKey, range: request.range };
        return table.query({ trans: request.trans, values: false, query }).then((found) => table.mutate(request).then(after(request, found.result.filter(isId))));
      }
      return table.mutate(request).then(after(request, request.type === 'delete' ? request.keys.filter(isId) : []));
    },
  };
}

/**
 * Keeps `copy` in step with `source`, whatever writes it: every read-write transaction over `source`
 * also takes `copy`, and `patch` follows each write to `source` in that same transaction, so the two
 * commit or abort together. A database without the copy's table is left alone.
 */
export function keptCopyMiddleware(name: string, source: string, copy: string, patch: PatchCopy): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create: (down) => {
      if (!down.schema.tables.some((table) => table.name === copy)) return down;
      return {
        ...down,
        transaction: (stores, mode, options) => down.transaction(mode === 'readwrite' && stores.includes(source) && !stores.includes(copy) ? [...stores, copy] : stores, mode, options),
        table: (tableName) => (tableName === source ? following(down.table(tableName), down, copy, patch) : down.table(tableName)),
      };
    },
  };
}
