import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHighlight } from '../../../../renderer/db/annotations/annotations';
import { addLink, syncMentionLinks } from '../../../../renderer/db/links/links';
import { queryAbstractLinks, UNTITLED_NOTE } from '../../../../renderer/db/links/queries';
import { saveNote } from '../../../../renderer/db/notes/notes';
import { freshDatabase } from './fixtures';
import { idAt, seedAbstracts } from './organize-fixtures';
import { randomUid } from '../../../../shared/sync/uids';

async function setUp() {
  const database = freshDatabase();
  const ids = await seedAbstracts(database, 3);
  const [a, b, c] = [idAt(ids, 0), idAt(ids, 1), idAt(ids, 2)];
  const synthesisId = await database.notes.add({ uid: randomUid(), abstractId: null, title: 'Bounds review', json: null, text: '', createdAt: 1, updatedAt: 1 });
  return { database, a, b, c, synthesisId };
}

describe('syncMentionLinks', () => {
  it('shows a synthesis note mention in the target\'s Backlinks with its sentence, and drops it when the mention goes', async () => {
    const { database, b, c, synthesisId } = await setUp();
    await syncMentionLinks({ noteId: synthesisId }, [{ toId: b, context: 'B proves the bound.' }, { toId: c, context: 'C disagrees.' }], null, database);

    const mentions = (await queryAbstractLinks(b, database)).incoming.mentions;
    expect(mentions.map((entry) => [entry.source, entry.context])).toEqual([
      [{ kind: 'note', noteId: synthesisId, title: 'Bounds review' }, 'B proves the bound.'],
    ]);
    const cLink = (await queryAbstractLinks(c, database)).incoming.mentions[0]?.link;

    await syncMentionLinks({ noteId: synthesisId }, [{ toId: c, context: 'C disagrees, strongly.' }], null, database);
    expect((await queryAbstractLinks(b, database)).incoming.mentions).toEqual([]);
    const kept = (await queryAbstractLinks(c, database)).incoming.mentions;
    // The surviving mention keeps its link (same id) and takes the new sentence.
    expect(kept.map((entry) => [entry.link.id, entry.context])).toEqual([[cLink?.id, 'C disagrees, strongly.']]);
  });

  it('replaces only that note\'s mention links, never user links or another note\'s', async () => {
    const { database, a, b, synthesisId } = await setUp();
    const other = await database.notes.add({ uid: randomUid(), abstractId: null, title: null, json: null, text: '', createdAt: 2, updatedAt: 2 });
    await addLink({ fromId: a, toId: b, type: 'extends' }, database);
    await syncMentionLinks({ noteId: other }, [{ toId: b, context: 'kept' }], null, database);
    await syncMentionLinks({ noteId: synthesisId }, [{ toId: b, context: 'first' }, { toId: b, context: 'second' }], null, database);
    expect(await database.links.where('noteId').equals(synthesisId).count()).toBe(2);

    await syncMentionLinks({ noteId: synthesisId }, [{ toId: b, context: 'second' }], null, database);
    const incoming = (await queryAbstractLinks(b, database)).incoming;
    expect(incoming.groups.map((group) => group.label)).toEqual(['extended by']);
    expect(incoming.mentions.map((entry) => [entry.source.kind === 'note' ? entry.source.title : '', entry.context]).sort()).toEqual([
      ['Bounds review', 'second'],
      [UNTITLED_NOTE, 'kept'],
    ]);
  });

  it('names an abstract\'s note or comment by its abstract, and skips mentions of itself or of missing abstracts', async () => {
    const { database, a, b } = await setUp();
    const noteId = await saveNote(a, null, 'see B', database);
    const annotationId = await createHighlight(b, 0, 10, 'yellow', database);
    await syncMentionLinks({ noteId }, [{ toId: b, context: 'see B' }, { toId: a, context: 'self' }, { toId: 999, context: 'gone' }], a, database);
    await syncMentionLinks({ annotationId }, [{ toId: a, context: 'compare A' }], b, database);

    const toB = (await queryAbstractLinks(b, database)).incoming.mentions;
    expect(toB.map((entry) => entry.source)).toEqual([{ kind: 'abstract', abstract: expect.objectContaining({ id: a }) as unknown, where: 'note' }]);
    const toA = (await queryAbstractLinks(a, database)).incoming.mentions;
    expect(toA.map((entry) => [entry.source, entry.context])).toEqual([
      [{ kind: 'abstract', abstract: expect.objectContaining({ id: b }) as unknown, where: 'comment' }, 'compare A'],
    ]);
    expect((await queryAbstractLinks(a, database)).outgoing.mentions.map((item) => item.other.id)).toEqual([b]);
    expect(await database.links.where('noteId').equals(noteId).count()).toBe(1);
  });
});
