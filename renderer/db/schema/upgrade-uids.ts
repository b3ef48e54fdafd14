import type { Transaction } from 'dexie';
import { uidOfAbstract } from '../../../shared/sync/abstract-uid-of';
import { linkTypeUid, randomUid, tagUid } from '../../../shared/sync/uids';
import type { AbstractTextRow, StoredAbstractRow } from './row-types';

/** Abstracts per read while the upgrade derives their uids: bounds memory in a 100k library. */
const UPGRADE_BATCH = 2_000;

type UidLess = { uid?: unknown };

/** The user's rows, by table, with how a stored row gets its uid (random unless derived from a name). */
const USER_ROW_UIDS: readonly (readonly [table: string, uidOf: (row: Record<string, unknown>) => string])[] = [
  ['annotations', randomUid],
  ['notes', randomUid],
  ['tags', (row) => tagUid(String(row['path']))],
  ['lists', randomUid],
  ['listItems', randomUid],
  ['links', randomUid],
  ['linkTypes', (row) => linkTypeUid(String(row['label']))],
  ['savedSearches', randomUid],
  ['reviews', randomUid],
  ['decisions', randomUid],
];

/**
 * Version 14: every synced row gets its uid, inside the upgrade transaction. Abstracts hash the text
 * their fingerprint is computed from, so they get the uids a fresh import of the same captures
 * gives; numeric keys stay as they are.
 */
export async function giveEveryRowAUid(tx: Transaction): Promise<void> {
  await giveAbstractsUids(tx);
  for (const [table, uidOf] of USER_ROW_UIDS) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: Record<string, unknown> & UidLess) => {
        if (typeof row.uid !== 'string') row.uid = uidOf(row);
      });
  }
}

/** Abstracts a page at a time, each page's texts read as one key range of abstractTexts (same keys). */
async function giveAbstractsUids(tx: Transaction): Promise<void> {
  const abstracts = tx.table<Omit<StoredAbstractRow, 'uid'> & UidLess, number>('abstracts');
  const texts = tx.table<AbstractTextRow, number>('abstractTexts');
  const keys = tx.table<{ id: number; uid?: string }, number>('abstractKeys');
  let after = -Infinity;
  for (;;) {
    const rows = await abstracts.where(':id').above(after).limit(UPGRADE_BATCH).toArray();
    const last = rows[rows.length - 1];
    if (last === undefined) return;
    const first = rows[0]?.id ?? last.id;
    const textOf = new Map((await texts.where(':id').between(first, last.id, true, true).toArray()).map((row) => [row.id, row.text]));
    const withUids = rows.map((row) => (typeof row.uid === 'string' ? row : { ...row, uid: uidOfAbstract({ text: textOf.get(row.id) ?? '', sources: row.sources }) }));
    await abstracts.bulkPut(withUids);
    // The uid is indexed in abstractKeys (same keys as abstracts).
    const uidOf = new Map(withUids.map((row) => [row.id, String(row.uid)]));
    await keys.where(':id').between(first, last.id, true, true).modify((row: { id: number; uid?: string }) => {
      const uid = uidOf.get(row.id);
      if (uid !== undefined) row.uid = uid;
    });
    after = last.id;
  }
}
