import type { Transaction } from 'dexie';
import { storedRowOf } from '../abstracts/store';
import type { AbstractRow, AbstractTextRow, StoredAbstractRow } from './row-types';

/** Rows per read while the upgrade moves texts: bounds memory in a 100k library. */
const UPGRADE_BATCH = 2_000;

/** Version 7: each abstract's text and display form move to `abstractTexts`; its row keeps the rest. */
export async function moveAbstractTexts(tx: Transaction): Promise<void> {
  const abstracts = tx.table<AbstractRow, number>('abstracts');
  const rewritten = tx.table<StoredAbstractRow, number>('abstracts');
  const texts = tx.table<AbstractTextRow, number>('abstractTexts');
  let after = -Infinity;
  for (;;) {
    const rows = await abstracts.where(':id').above(after).limit(UPGRADE_BATCH).toArray();
    if (rows.length === 0) return;
    await Promise.all([
      texts.bulkPut(rows.map((row) => ({ id: row.id, text: row.text, display: row.display }))),
      rewritten.bulkPut(rows.map(storedRowOf)),
    ]);
    after = rows[rows.length - 1]?.id ?? Infinity;
  }
}
