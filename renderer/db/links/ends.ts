import { Dexie } from 'dexie';
import { db as appDb, type LecternDB } from '../schema/database';
import { blocksOf, joinBlocks, type LinkEnd, type LinkEnds } from './ends-blocks';
import type { LinkRow } from './rows';

export function endOf(link: Pick<LinkRow, 'id' | 'fromId' | 'toId' | 'type'>): LinkEnd {
  return { id: link.id, fromId: link.fromId, toId: link.toId, type: link.type };
}

const rebuilding = new WeakMap<LecternDB, Promise<void>>();

/** Writes the cache afresh from the link rows, in one transaction with them. */
export function rebuildLinkEnds(database: LecternDB = appDb): Promise<void> {
  return database.transaction('rw', database.links, database.linkEnds, async () => {
    const blocks = blocksOf((await database.links.toArray()).map(endOf));
    await database.linkEnds.clear();
    if (blocks.length > 0) await database.linkEnds.bulkPut(blocks);
  });
}

/** One rebuild at a time, outside whatever transaction or live query noticed the cache was short. */
function rebuildSoon(database: LecternDB): void {
  if (rebuilding.has(database)) return;
  const done = new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(() => Dexie.ignoreTransaction(() => rebuildLinkEnds(database)))
    .catch(() => undefined)
    .finally(() => rebuilding.delete(database));
  rebuilding.set(database, done);
}

/**
 * Every link's id, ends and type, from the linkEnds cache (a few reads, whatever the library's
 * size). Should the cache not hold as many links as the table (it never should), the link rows are
 * read instead and the cache is rebuilt in the background.
 */
export async function readLinkEnds(database: LecternDB = appDb): Promise<LinkEnds> {
  const [blocks, count] = await database.transaction('r', database.links, database.linkEnds, () =>
    Promise.all([database.linkEnds.toArray(), database.links.count()]),
  );
  const ends = joinBlocks(blocks);
  if (ends.ids.length === count) return ends;
  rebuildSoon(database);
  return joinBlocks(blocksOf((await database.links.toArray()).map(endOf)));
}
