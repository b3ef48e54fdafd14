import type { LibraryFilter, Status } from '../../db/organize/types';

export const STATUS_LABELS: Record<Status, string> = { unread: 'Unread', reading: 'Reading', read: 'Read' };
export const STATUSES: readonly Status[] = ['unread', 'reading', 'read'];

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

export type FilterKind = keyof LibraryFilter;

/**
 * Adds one condition to the filter: conditions of different kinds combine (AND), a condition of
 * the same kind replaces the old one, and choosing the one already set leaves the filter alone.
 */
export function withCondition(filter: LibraryFilter, patch: LibraryFilter): LibraryFilter {
  return { ...filter, ...patch };
}

export function withoutCondition(filter: LibraryFilter, kind: FilterKind): LibraryFilter {
  const next = { ...filter };
  delete next[kind];
  return next;
}

export function isEmptyFilter(filter: LibraryFilter): boolean {
  return Object.values(filter).every((value) => value === undefined);
}

/** A stable key per filter, so a new view starts with a fresh list cursor. */
export function filterKey(filter: LibraryFilter): string {
  return JSON.stringify([filter.tagId, filter.status, filter.captureHash, filter.listId, filter.starred]);
}
