import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import type { LecternDB } from '../../../../../renderer/db/schema/database';

/** Rows read through the data layer, per table, since the last `reset`. */
export interface RowCounter {
  rows: Map<string, number>;
  reset: () => void;
  read: (table: string) => number;
}

/**
 * Counts every row value Dexie reads from `database` (get, bulkGet, toArray, cursors), per table;
 * key-only reads (primaryKeys, keys, count) read no row and are not counted. Install before the
 * database opens.
 */
export function countRowsRead(database: LecternDB): RowCounter {
  const rows = new Map<string, number>();
  const add = (table: string, count: number): void => {
    rows.set(table, (rows.get(table) ?? 0) + count);
  };
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'rowCounter',
    create: (down) => ({
      ...down,
      table: (name): DBCoreTable => {
        const table = down.table(name);
        return {
          ...table,
          // Plain `then`, not async/await: a native await would let the IndexedDB transaction commit early.
          get: (request) =>
            table.get(request).then((row: unknown) => {
              if (row !== undefined) add(name, 1);
              return row;
            }),
          getMany: (request) =>
            table.getMany(request).then((found: unknown[]) => {
              add(name, found.filter((row) => row !== undefined).length);
              return found;
            }),
          query: (request) =>
            table.query(request).then((result) => {
              if (request.values) add(name, result.result.length);
              return result;
            }),
          openCursor: (request) =>
            table.openCursor(request).then((cursor) => {
              if (cursor === null || !request.values) return cursor;
              return new Proxy(cursor, {
                get(target, property): unknown {
                  if (property === 'value') add(name, 1);
                  const value: unknown = Reflect.get(target, property, target);
                  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
                },
              }) satisfies DBCoreCursor;
            }),
        };
      },
    }),
  };
  database.use(middleware);
  return { rows, reset: () => rows.clear(), read: (table) => rows.get(table) ?? 0 };
}
