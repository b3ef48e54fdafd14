import type { Transaction } from 'dexie';
import { CitationKeys } from '../abstracts/citation-keys';
import type { AbstractTextRow, StoredAbstractRow } from './row-types';

/** Rows per read while the upgrade walks the library: bounds memory in a 100k library. */
const UPGRADE_BATCH = 5_000;

type KeyedRow = Pick<StoredAbstractRow, 'id' | 'citationKey' | 'authors' | 'year' | 'title'>;

/**
 * Version 12: every abstract has a citation key, unique in the library. Keys are decided in id
 * order, so the older abstract keeps a key two share and the later ones get `a`, `b`… suffixes; an
 * abstract without a key gets its default key (shared/citekeys), after every kept key is claimed,
 * so neither a suffix nor a default takes a key an imported entry already had. Only `citationKey` is written, on
 * the abstracts row and its keys row, in the upgrade's one transaction.
 */
export async function giveEveryAbstractAKey(tx: Transaction): Promise<void> {
  const abstracts = tx.table<StoredAbstractRow, number>('abstracts');
  const decided = new Map<number, string>();
  const keys = CitationKeys.of([]);
  const repeated: KeyedRow[] = [];
  const keyless: KeyedRow[] = [];
  await abstracts.each((row) => {
    const key = row.citationKey ?? '';
    if (key === '') keyless.push(pick(row));
    else if (keys.has(key)) repeated.push(pick(row));
    else decided.set(row.id, keys.claim(pick(row)));
  });
  // Suffixes are chosen once every first use of a key is claimed, so they never take one of those.
  for (const row of repeated) decided.set(row.id, keys.claim({ ...row, text: '' }));
  const texts = await textsOfUntitled(tx, keyless);
  for (const row of keyless) decided.set(row.id, keys.claim({ ...row, citationKey: null, text: texts.get(row.id) ?? '' }));
  await writeKeys(tx, 'abstracts', decided);
  await writeKeys(tx, 'abstractKeys', decided);
}

function pick(row: StoredAbstractRow): KeyedRow & { text: string } {
  return { id: row.id, citationKey: row.citationKey ?? null, authors: row.authors, year: row.year, title: row.title, text: '' };
}

/** The texts of the untitled abstracts, whose default key takes a word of their text. */
async function textsOfUntitled(tx: Transaction, rows: readonly KeyedRow[]): Promise<Map<number, string>> {
  const ids = rows.filter((row) => row.title === null || row.title.trim() === '').map((row) => row.id);
  const found = new Map<number, string>();
  for (let from = 0; from < ids.length; from += UPGRADE_BATCH) {
    const texts = await tx.table<AbstractTextRow, number>('abstractTexts').bulkGet(ids.slice(from, from + UPGRADE_BATCH));
    for (const text of texts) if (text !== undefined) found.set(text.id, text.text);
  }
  return found;
}

/** Writes the decided keys where they differ, a batch of rows at a time. */
async function writeKeys(tx: Transaction, tableName: 'abstracts' | 'abstractKeys', decided: ReadonlyMap<number, string>): Promise<void> {
  const table = tx.table<{ id: number; citationKey: string | null }, number>(tableName);
  let after = -Infinity;
  for (;;) {
    const rows = await table.where(':id').above(after).limit(UPGRADE_BATCH).toArray();
    if (rows.length === 0) return;
    const changed = rows.filter((row) => decided.has(row.id) && decided.get(row.id) !== row.citationKey).map((row) => ({ ...row, citationKey: decided.get(row.id) ?? null }));
    if (changed.length > 0) await table.bulkPut(changed);
    after = rows[rows.length - 1]?.id ?? Infinity;
  }
}
