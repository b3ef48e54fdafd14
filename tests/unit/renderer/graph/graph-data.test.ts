import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { queryGraphLibrary } from '../../../../renderer/db/links/graph-data';
import { addLink } from '../../../../renderer/db/links/links';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { addTag } from '../../../../renderer/db/tags/tags';
import { buildGraphIndex, withTags } from '../../../../renderer/features/graph/graph-index';
import { deleteAbstract, freshDatabase } from '../db/fixtures';
import { idAt, seedAbstracts } from '../db/organize-fixtures';
import { randomUid } from '../../../../shared/sync/uids';

/** The index the graph view builds over the database's library, its tags read. */
async function indexIn(database: LecternDB) {
  const { library, assignments } = await queryGraphLibrary(database);
  return withTags(buildGraphIndex(library.abstractIds, library.links), library.tags, assignments);
}

/** The index's edges as objects, ascending by link id. */
function edgesOf(index: Awaited<ReturnType<typeof indexIn>>) {
  return Array.from(index.edgeIds, (id, edge) => ({
    id,
    from: index.nodeIds[index.edgeFrom[edge] ?? -1],
    to: index.nodeIds[index.edgeTo[edge] ?? -1],
    type: index.typeNames[index.edgeType[edge] ?? -1],
  }));
}

describe('the graph’s index of the library', () => {
  it('makes every abstract a node, and knows who carries each tag', async () => {
    const database = freshDatabase();
    const ids = await seedAbstracts(database, 3);
    const tagged = await addTag(idAt(ids, 1), 'theory/sgd', database);

    const index = await indexIn(database);
    expect(index.nodeIds).toEqual([...ids].sort((a, b) => a - b));
    expect(index.tagged?.get(tagged.tag.id)).toEqual([index.nodeIds.indexOf(idAt(ids, 1))]);
    expect(index.tags.map((tag) => tag.path).sort()).toEqual(['theory', 'theory/sgd']);
  });

  it('makes every link between two abstracts an edge with its type, and leaves out mentions from standalone notes', async () => {
    const database = freshDatabase();
    const ids = await seedAbstracts(database, 3);
    const supports = await addLink({ fromId: idAt(ids, 0), toId: idAt(ids, 1), type: 'supports' }, database);
    const cites = await addLink({ fromId: idAt(ids, 2), toId: idAt(ids, 0), type: 'cites' }, database);
    await database.links.add({
      uid: randomUid(),
      fromId: null,
      toId: idAt(ids, 2),
      type: 'mention',
      origin: 'note',
      noteId: 99,
      annotationId: null,
      note: '',
      context: 'as [[Study 3]] shows',
      createdAt: 1,
    });

    const index = await indexIn(database);
    // The import itself links the page's abstracts ("on the same page"); these are the user's links.
    expect(edgesOf(index).filter((edge) => edge.type !== 'same-page')).toEqual([
      { id: supports.link.id, from: idAt(ids, 0), to: idAt(ids, 1), type: 'supports' },
      { id: cites.link.id, from: idAt(ids, 2), to: idAt(ids, 0), type: 'cites' },
    ]);
    expect(index.typesInUse).toEqual(['same-page', 'supports', 'cites']);
  });

  it('drops a link whose abstract is gone', async () => {
    const database = freshDatabase();
    const ids = await seedAbstracts(database, 2);
    await addLink({ fromId: idAt(ids, 0), toId: idAt(ids, 1), type: 'related' }, database);
    await deleteAbstract(database, idAt(ids, 1));
    const index = await indexIn(database);
    expect(index.nodeIds).toHaveLength(1);
    expect(edgesOf(index)).toEqual([]);
  });

  it('puts the most linked abstracts first, the lower id first among equals', async () => {
    const database = freshDatabase();
    const ids = await seedAbstracts(database, 4);
    await database.links.clear();
    for (const to of [0, 1, 2]) await addLink({ fromId: idAt(ids, 3), toId: idAt(ids, to), type: 'cites' }, database);
    await addLink({ fromId: idAt(ids, 2), toId: idAt(ids, 1), type: 'supports' }, database);
    const index = await indexIn(database);
    expect(Array.from(index.mostLinkedFirst, (position) => index.nodeIds[position])).toEqual([idAt(ids, 3), ...[idAt(ids, 1), idAt(ids, 2)].sort((a, b) => a - b), idAt(ids, 0)]);
  });
});
