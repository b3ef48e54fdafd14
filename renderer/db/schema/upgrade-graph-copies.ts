import type { Transaction } from 'dexie';
import type { AbstractIdBlock } from '../abstracts/id-blocks';
import type { LinkEndsBlock } from '../links/ends-blocks';
import { writeGraphCopies } from '../links/graph-copies';
import type { LinkRow } from '../links/rows';

/** The version 16 upgrade: the graph's copies of the links and of the abstracts' ids, built once from the tables (cleared first, should an earlier step have written them). */
export function buildGraphCopies(tx: Transaction): Promise<void> {
  return writeGraphCopies({
    links: tx.table<LinkRow, number>('links'),
    linkEnds: tx.table<LinkEndsBlock, number>('linkEnds'),
    abstracts: tx.table<unknown, number>('abstracts'),
    abstractIds: tx.table<AbstractIdBlock, number>('abstractIds'),
  });
}
