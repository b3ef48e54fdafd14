import type { Transaction } from 'dexie';
import { blocksOf } from '../links/ends-blocks';
import type { LinkRow } from '../links/rows';

/** The version 16 upgrade: the graph's compact copy of the links, built once from the link rows. */
export async function buildLinkEnds(tx: Transaction): Promise<void> {
  const links = await tx.table<LinkRow, number>('links').toArray();
  const ends = tx.table('linkEnds');
  // Cleared first: should an earlier step of this upgrade have written links, the copy starts over.
  await ends.clear();
  const blocks = blocksOf(links.map(({ id, fromId, toId, type }) => ({ id, fromId, toId, type })));
  if (blocks.length > 0) await ends.bulkPut(blocks);
}
