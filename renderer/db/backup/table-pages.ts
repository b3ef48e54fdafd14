import { Dexie, type Table } from 'dexie';

/** Rows read per request: large enough to amortise IndexedDB's cost per call, small enough to bound memory. */
export const PAGE_ROWS = 2_000;

function primaryKeyOf(table: Table, row: object): unknown {
  const keyPath = table.schema.primKey.keyPath;
  if (Array.isArray(keyPath)) return keyPath.map((path): unknown => Dexie.getByKeyPath(row, path));
  return Dexie.getByKeyPath(row, keyPath ?? '') as unknown;
}

/** The page of rows after `after`'s (the first page when null), in primary-key order. */
export function pageAfter(table: Table<object, unknown>, after: object | null): Promise<object[]> {
  if (after === null) return table.orderBy(':id').limit(PAGE_ROWS).toArray();
  return table.where(':id').above(primaryKeyOf(table, after)).limit(PAGE_ROWS).toArray();
}

/**
 * Every row of `table` in primary-key order, a page at a time. The next page is requested before
 * this one is visited, so IndexedDB reads it while this one is encoded, hashed and compressed.
 */
export async function forEachPage(table: Table<object, unknown>, visit: (rows: object[]) => void): Promise<void> {
  let rows = await pageAfter(table, null);
  while (rows.length > 0) {
    const next = rows.length < PAGE_ROWS ? null : pageAfter(table, rows[rows.length - 1] ?? null);
    // If visiting throws, the transaction aborts and the request fails; that is not a second error.
    next?.catch(() => undefined);
    visit(rows);
    if (next === null) return;
    rows = await next;
  }
}
