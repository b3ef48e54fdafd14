import { joinIdBlocks } from '../abstracts/id-blocks';
import { db as appDb, type LecternDB } from '../schema/database';
import { joinBlocks, type LinkEnds } from './ends-blocks';
import { writeGraphCopies } from './graph-copies';

// The graph's two copies (links/ends-blocks.ts, abstracts/id-blocks.ts): read whole in a few reads,
// checked against their tables after the graph's first frame, rebuilt should they ever disagree.

/** Every link's id, ends and type, ascending by id, from the linkEnds copy. */
export async function readLinkEnds(database: LecternDB = appDb): Promise<LinkEnds> {
  return joinBlocks(await database.linkEnds.toArray());
}

/** Every abstract's id, ascending, from the abstractIds copy. */
export async function readAbstractIds(database: LecternDB = appDb): Promise<number[]> {
  return joinIdBlocks(await database.abstractIds.toArray());
}

/** Writes both copies afresh from their tables, in one transaction with them. */
export function rebuildGraphCopies(database: LecternDB = appDb): Promise<void> {
  return database.transaction('rw', [database.links, database.linkEnds, database.abstracts, database.abstractIds], () => writeGraphCopies(database));
}

/**
 * Compares each copy's size with its table's (counting walks the tables, so this runs after the
 * first frame, never before it) and rebuilds both should either fall short, which the middlewares
 * keeping them should never let happen. Resolves to true when it rebuilt.
 */
export async function checkGraphCopies(database: LecternDB = appDb): Promise<boolean> {
  const agree = await database.transaction('r', [database.links, database.linkEnds, database.abstracts, database.abstractIds], async () => {
    const [links, ends, abstracts, ids] = await Promise.all([database.links.count(), readLinkEnds(database), database.abstracts.count(), readAbstractIds(database)]);
    return links === ends.ids.length && abstracts === ids.length;
  });
  if (agree) return false;
  await rebuildGraphCopies(database);
  return true;
}
