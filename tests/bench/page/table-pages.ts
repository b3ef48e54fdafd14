import { Dexie, type Table } from 'dexie';

/** Rows per request, as write-backup.ts reads them and the reader hands them to a restore. */
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
 * Every row of `table` a page at a time, the way write-backup.ts reads it (usable inside a
 * transaction): the next page is requested before this one is visited.
 */
export async function forEachPage(table: Table<object, unknown>, visit: (rows: object[]) => void): Promise<void> {
  let rows = await pageAfter(table, null);
  while (rows.length > 0) {
    const next = rows.length < PAGE_ROWS ? null : pageAfter(table, rows[rows.length - 1] ?? null);
    next?.catch(() => undefined);
    visit(rows);
    if (next === null) return;
    rows = await next;
  }
}
