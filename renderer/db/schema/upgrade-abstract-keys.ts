import type { Transaction } from 'dexie';
import { keysOf } from '../abstracts/keys';
import type { AbstractRow } from './row-types';

/** Rows per read while the upgrade copies keys: bounds memory in a 100k library. */
const UPGRADE_BATCH = 5_000;

/** Version 6: every stored abstract gets its keys row, read in batches by primary key. */
export async function moveAbstractKeys(tx: Transaction): Promise<void> {
  const abstracts = tx.table<AbstractRow, number>('abstracts');
  const keys = tx.table('abstractKeys');
  let after = -Infinity;
  for (;;) {
    const rows = await abstracts.where(':id').above(after).limit(UPGRADE_BATCH).toArray();
    if (rows.length === 0) return;
    await keys.bulkPut(rows.map(keysOf));
    after = rows[rows.length - 1]?.id ?? Infinity;
  }
}
