import type { Transaction } from 'dexie';

/** The tables issue 5 adds (schema version 3). */
export const ORGANIZE_STORES = {
  tags: '++id, &path',
  abstractTags: '[abstractId+tagId], tagId, abstractId',
  lists: '++id, name, createdAt',
  // `order` is a fractional-indexing key, so a move rewrites one row, never the whole list.
  listItems: '++id, listId, abstractId, [listId+order]',
} as const;

/** Every abstract stored before version 3 starts unread and without a star. */
export async function addReadingState(tx: Transaction): Promise<void> {
  await tx
    .table('abstracts')
    .toCollection()
    .modify((row: { status?: unknown; starred?: unknown }) => {
      if (row.status === undefined) row.status = 'unread';
      if (row.starred === undefined) row.starred = 0;
    });
}

/**
 * Version 8: an unstarred abstract's row leaves `starred` out instead of storing 0, so the star
 * index holds only starred abstracts and setting a status writes one index entry, not two.
 */
export async function dropUnstarredMarks(tx: Transaction): Promise<void> {
  await tx
    .table('abstracts')
    .where('starred')
    .equals(0)
    .modify((row: { starred?: unknown }) => {
      delete row.starred;
    });
}
