import type { Transaction } from 'dexie';
import { prefixKey } from '../../../shared/identity';
import type { AbstractKeysRow } from '../abstracts/keys';
import type { AbstractTextRow, StoredAbstractRow } from './row-types';

/** Abstracts per step: bounds memory in a 100k library. */
const UPGRADE_BATCH = 2_000;

/**
 * Version 17: prefix keys grow from 40 to 60 normalised characters (PREFIX_KEY_LENGTH), so each
 * abstract's key is worked out again from its text, on its row and in abstractKeys, where it is indexed.
 * Rows whose key is already right are left alone.
 */
export async function lengthenPrefixKeys(tx: Transaction): Promise<void> {
  const texts = tx.table<AbstractTextRow, number>('abstractTexts');
  const abstracts = tx.table<StoredAbstractRow, number>('abstracts');
  const keys = tx.table<AbstractKeysRow, number>('abstractKeys');
  let after = -Infinity;
  for (;;) {
    const batch = await texts.where(':id').above(after).limit(UPGRADE_BATCH).toArray();
    const last = batch.at(-1);
    if (last === undefined) return;
    const wanted = new Map(batch.map((row) => [row.id, prefixKey(row.text)]));
    const ids = [...wanted.keys()];
    const [rows, keyRows] = await Promise.all([abstracts.bulkGet(ids), keys.bulkGet(ids)]);
    const stale = <Row extends { id: number; prefixKey: string }>(row: Row | undefined): row is Row =>
      row !== undefined && wanted.get(row.id) !== row.prefixKey;
    const rekeyed = <Row extends { id: number; prefixKey: string }>(row: Row): Row => ({ ...row, prefixKey: wanted.get(row.id) ?? row.prefixKey });
    await Promise.all([abstracts.bulkPut(rows.filter(stale).map(rekeyed)), keys.bulkPut(keyRows.filter(stale).map(rekeyed))]);
    after = last.id;
  }
}
