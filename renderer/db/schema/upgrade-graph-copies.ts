import type { Transaction } from 'dexie';
import { idBlocksOf } from '../abstracts/id-blocks';
import { blocksOf } from '../links/ends-blocks';
import type { LinkRow } from '../links/rows';

/** The version 16 upgrade: the graph's copies of the links and of the abstracts' ids, built once from the tables. */
export async function buildGraphCopies(tx: Transaction): Promise<void> {
  const links = await tx.table<LinkRow, number>('links').toArray();
  const ends = tx.table('linkEnds');
  // Cleared first: should an earlier step of this upgrade have written links, the copy starts over.
  await ends.clear();
  const blocks = blocksOf(links.map(({ id, fromId, toId, type }) => ({ id, fromId, toId, type })));
  if (blocks.length > 0) await ends.bulkPut(blocks);
  const ids = tx.table('abstractIds');
  await ids.clear();
  const idBlocks = idBlocksOf(await tx.table<unknown, number>('abstracts').toCollection().primaryKeys());
  if (idBlocks.length > 0) await ids.bulkPut(idBlocks);
}
