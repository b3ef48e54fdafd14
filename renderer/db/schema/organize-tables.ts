import type { Transaction } from 'dexie';

/** The tables issue 5 adds (schema version 3); version 9 changes two (ORGANIZE_INDEXES_V9). */
export const ORGANIZE_STORES = {
  tags: '++id, &path',
  abstractTags: '[abstractId+tagId], tagId, abstractId',
  lists: '++id, name, createdAt',
  // `order` is a fractional-indexing key, so a move rewrites one row, never the whole list.
  listItems: '++id, listId, abstractId, [listId+order]',
} as const;

/**
 * Version 9 drops indexes the join rows repeat: an abstract's tags are a range of the
 * [abstractId+tagId] key, a list's items a range of [listId+order], and no query looks items up
 * by abstract. Each index is one more entry to write per row, so bulk tagging and bulk list
 * additions write one entry per row instead of three or four.
 */
export const ORGANIZE_INDEXES_V9 = {
  abstractTags: '[abstractId+tagId], tagId',
  listItems: '++id, [listId+order]',
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
