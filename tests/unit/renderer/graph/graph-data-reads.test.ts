import 'fake-indexeddb/auto';
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { queryGraphLibrary } from '../../../../renderer/db/links/graph-data';
import { addLink } from '../../../../renderer/db/links/links';
import { addTag } from '../../../../renderer/db/tags/tags';
import { freshDatabase } from '../db/fixtures';
import { idAt, seedAbstracts } from '../db/organize-fixtures';
import { buildGraphIndex, withTags } from '../../../../renderer/features/graph/graph-index';

// The labels are the title index's job, for the drawn abstracts only (its own test counts its reads).

/** Counts the rows (values, not keys) handed up from the `abstracts` and `links` tables. */
function countingRows(): { middleware: Middleware<DBCore>; rows: () => number; reset: () => void } {
  let rows = 0;
  const counting = (table: DBCoreTable): DBCoreTable => ({
    ...table,
    get: async (request) => {
      const row: unknown = await table.get(request);
      if (row !== undefined) rows += 1;
      return row;
    },
    getMany: async (request) => {
      const found: unknown[] = await table.getMany(request);
      rows += found.filter((row) => row !== undefined).length;
      return found;
    },
    query: async (request) => {
      const result = await table.query(request);
      if (request.values) rows += result.result.length;
      return result;
    },
    openCursor: async (request) => {
      const cursor = await table.openCursor(request);
      if (cursor === null || !request.values) return cursor;
      // A cursor over values hands up a row at each step; count them as they are read.
      rows += 1;
      const advance = cursor.continue.bind(cursor);
      return Object.assign(cursor, {
        continue: (key?: unknown) => {
          rows += 1;
          advance(key);
        },
      });
    },
  });
  return {
    middleware: {
      stack: 'dbcore',
      name: 'count-rows',
      create: (down) => ({ ...down, table: (name) => (name === 'abstracts' || name === 'links' ? counting(down.table(name)) : down.table(name)) }),
    },
    rows: () => rows,
    reset: () => {
      rows = 0;
    },
  };
}

describe('the graph reads only what it draws', () => {
  it('builds every node, edge and tag without reading a single abstract or link row', async () => {
    const database = freshDatabase();
    const counter = countingRows();
    database.use(counter.middleware);
    const ids = await seedAbstracts(database, 5);
    await addTag(idAt(ids, 1), 'theory', database);
    await addLink({ fromId: idAt(ids, 0), toId: idAt(ids, 2), type: 'supports' }, database);
    counter.reset();

    const { library, assignments } = await queryGraphLibrary(database);
    const index = withTags(buildGraphIndex(library.abstractIds, library.links), library.tags, assignments);

    expect(index.nodeIds).toHaveLength(5);
    expect(Array.from(index.edgeType, (code) => index.typeNames[code]).filter((type) => type === 'supports')).toHaveLength(1);
    expect(index.tags.map((tag) => tag.path)).toEqual(['theory']);
    expect(index.tagged?.get(index.tags[0]?.id ?? -1)).toEqual([index.nodeIds.indexOf(idAt(ids, 1))]);
    expect(counter.rows()).toBe(0);
  });
});
