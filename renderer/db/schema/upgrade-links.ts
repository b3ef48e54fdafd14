import type { InsertType, Transaction } from 'dexie';
import type { LinkRow } from '../links/rows';
import { addMissingPairs, samePagePairs, type PagedAbstract } from '../links/same-page';

/** The version 4 upgrade: builds the same-page links of a library imported before links existed. */
export async function linkPagesOnUpgrade(tx: Transaction): Promise<void> {
  const abstracts: PagedAbstract[] = [];
  await tx.table<PagedAbstract, number>('abstracts').each((row) => {
    abstracts.push({ id: row.id, sources: row.sources });
  });
  await addMissingPairs(tx.table<LinkRow, number, InsertType<LinkRow, 'id'>>('links'), samePagePairs(abstracts), Date.now());
}
