import type { Table } from 'dexie';
import { idBlocksOf, type AbstractIdBlock } from '../abstracts/id-blocks';
import { blocksOf, type LinkEnd, type LinkEndsBlock } from './ends-blocks';
import type { LinkRow } from './rows';

// Writing the graph's two copies from their tables; no database instance here, so the version 16
// upgrade (inside the schema chain) and a rebuild share it.

export function endOf(link: Pick<LinkRow, 'id' | 'fromId' | 'toId' | 'type'>): LinkEnd {
  return { id: link.id, fromId: link.fromId, toId: link.toId, type: link.type };
}

/** The tables the graph's copies are built from and written to (a transaction's, during an upgrade). */
export interface GraphCopyTables {
  links: Pick<Table<LinkRow, number>, 'toArray'>;
  linkEnds: Pick<Table<LinkEndsBlock, number>, 'clear' | 'bulkPut'>;
  abstracts: { toCollection(): { primaryKeys(): PromiseLike<number[]> } };
  abstractIds: Pick<Table<AbstractIdBlock, number>, 'clear' | 'bulkPut'>;
}

/** Writes both copies afresh from their tables; call inside a transaction holding all four. */
export async function writeGraphCopies(tables: GraphCopyTables): Promise<void> {
  const blocks = blocksOf((await tables.links.toArray()).map(endOf));
  await tables.linkEnds.clear();
  if (blocks.length > 0) await tables.linkEnds.bulkPut(blocks);
  const idBlocks = idBlocksOf(await tables.abstracts.toCollection().primaryKeys());
  await tables.abstractIds.clear();
  if (idBlocks.length > 0) await tables.abstractIds.bulkPut(idBlocks);
}

