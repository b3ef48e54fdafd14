import type { SortKey, StoredAbstractRow } from '../schema/row-types';

type Comparator = (a: StoredAbstractRow, b: StoredAbstractRow) => number;

function compareKeys(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * In-memory twins of the index orders the library view reads (IndexedDB breaks ties by primary
 * key, ascending, or descending when reversed), so a source's rows sort exactly like the library's.
 */
const comparators: Record<SortKey, Comparator> = {
  added: (a, b) => compareKeys(b.createdAt, a.createdAt) || b.id - a.id,
  title: (a, b) => compareKeys(a.sortTitle, b.sortTitle) || a.id - b.id,
  // Abstracts without a year come last, newest first, as in the library view.
  year: (a, b) => {
    if (a.year === null || b.year === null) return a.year === b.year ? b.id - a.id : a.year === null ? 1 : -1;
    return b.year - a.year || b.id - a.id;
  },
};

export function sortRows<Row extends StoredAbstractRow>(rows: Row[], sort: SortKey): Row[] {
  return rows.sort(comparators[sort]);
}

/** Where the abstract starts in the capture: the earliest of its spans there. */
export function startIn(row: StoredAbstractRow, captureHash: string): number {
  let start = Number.POSITIVE_INFINITY;
  for (const source of row.sources) {
    if (source.captureHash === captureHash && source.start < start) start = source.start;
  }
  return start;
}
