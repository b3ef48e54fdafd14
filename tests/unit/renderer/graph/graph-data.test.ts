import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { queryGraphData } from '../../../../renderer/db/links/graph-data';
import { addLink } from '../../../../renderer/db/links/links';
import { addTag } from '../../../../renderer/db/tags/tags';
import { deleteAbstract, freshDatabase } from '../db/fixtures';
import { idAt, seedAbstracts } from '../db/organize-fixtures';
import { randomUid } from '../../../../shared/sync/uids';

describe('queryGraphData', () => {
  it('makes every abstract a node named by its display title, with its tags', async () => {
    const database = freshDatabase();
    const ids = await seedAbstracts(database, 3);
    const tagged = await addTag(idAt(ids, 1), 'theory/sgd', database);

    const data = await queryGraphData(database);
    expect(data.nodes.map((node) => node.id)).toEqual([...ids].sort((a, b) => a - b));
    expect(data.nodes.find((node) => node.id === idAt(ids, 0))?.label).toBe('Study 1 of gradient descent');
    expect(data.nodes.find((node) => node.id === idAt(ids, 1))?.tagIds).toEqual([tagged.tag.id]);
    expect(data.nodes.find((node) => node.id === idAt(ids, 2))?.tagIds).toEqual([]);
    expect(data.tags.map((tag) => tag.path).sort()).toEqual(['theory', 'theory/sgd']);
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

    const { edges } = await queryGraphData(database);
    // The import itself links the page's abstracts ("on the same page"); these are the user's links.
    const madeHere = edges.filter((edge) => edge.type !== 'same-page').sort((a, b) => a.id - b.id);
    expect(madeHere).toEqual([
      { id: supports.link.id, from: idAt(ids, 0), to: idAt(ids, 1), type: 'supports' },
      { id: cites.link.id, from: idAt(ids, 2), to: idAt(ids, 0), type: 'cites' },
    ]);
  });

  it('drops a link whose abstract is gone', async () => {
    const database = freshDatabase();
    const ids = await seedAbstracts(database, 2);
    await addLink({ fromId: idAt(ids, 0), toId: idAt(ids, 1), type: 'related' }, database);
    await deleteAbstract(database, idAt(ids, 1));
    const data = await queryGraphData(database);
    expect(data.nodes).toHaveLength(1);
    expect(data.edges).toEqual([]);
  });
});
