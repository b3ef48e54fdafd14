import type { Transaction } from 'dexie';
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
    await keys.bulkPut(rows.map(keysAtVersion6));
    after = rows[rows.length - 1]?.id ?? Infinity;
  }
}

/** The keys row as version 6 made it: later versions add keys through their own upgrades. */
function keysAtVersion6(row: AbstractRow): Pick<AbstractRow, 'id' | 'fingerprint' | 'prefixKey' | 'createdAt' | 'updatedAt' | 'sortTitle' | 'year' | 'captureHashes'> {
  const { id, fingerprint, prefixKey, createdAt, updatedAt, sortTitle, year, captureHashes } = row;
  return { id, fingerprint, prefixKey, createdAt, updatedAt, sortTitle, year, captureHashes };
}
