import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getAbstract } from '../../../../renderer/db/abstracts/records';
import { defaultChoices } from '../../../../renderer/db/duplicates/merge-fields';
import { mergeDuplicates } from '../../../../renderer/db/duplicates/merge';
import { LINK_ENDS_BLOCK_SIZE, joinBlocks, type LinkEnd } from '../../../../renderer/db/links/ends-blocks';
import { checkGraphCopies, readAbstractIds, readLinkEnds } from '../../../../renderer/db/links/ends';
import { endOf } from '../../../../renderer/db/links/graph-copies';
import { setStatus } from '../../../../renderer/db/organize/reading-status';
import { addLink, removeLink } from '../../../../renderer/db/links/links';
import { createSynthesisNote, saveSynthesisNote } from '../../../../renderer/db/notes/synthesis-notes';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { paragraphsJson, textNode } from '../../support/lexical-state';
import { deleteAbstract, freshDatabase } from './fixtures';
import { idAt, seedAbstracts } from './organize-fixtures';

/** The links as the cache holds them, one object each, ascending by id. */
async function cached(database: LecternDB): Promise<LinkEnd[]> {
  const ends = joinBlocks(await database.linkEnds.toArray());
  return Array.from(ends.ids, (id, at) => {
    const fromId = ends.fromIds[at] ?? 0;
    return { id, fromId: fromId === 0 ? null : fromId, toId: ends.toIds[at] ?? 0, type: ends.typeNames[ends.typeOf[at] ?? 0] ?? '' };
  });
}

async function stored(database: LecternDB): Promise<LinkEnd[]> {
  return (await database.links.toArray()).map(endOf);
}

async function expectCacheToMatch(database: LecternDB): Promise<void> {
  expect(await cached(database)).toEqual(await stored(database));
}

describe('the graph’s copy of the links', () => {
  it('holds the import’s same-page links, and follows a link added, removed, undone and redone', async () => {
    const database = freshDatabase();
    const ids = await seedAbstracts(database, 4);
    expect(await database.links.count()).toBeGreaterThan(0);
    await expectCacheToMatch(database);

    const added = await addLink({ fromId: idAt(ids, 1), toId: idAt(ids, 2), type: 'supports' }, database);
    expect(await cached(database)).toContainEqual({ id: added.link.id, fromId: idAt(ids, 1), toId: idAt(ids, 2), type: 'supports' });
    const removed = await removeLink(added.link.id, database);
    expect((await cached(database)).map((link) => link.id)).not.toContain(added.link.id);
    await removed.undo();
    await expectCacheToMatch(database);
    expect((await cached(database)).map((link) => link.id)).toContain(added.link.id);
    await removed.redo();
    await added.undo();
    await expectCacheToMatch(database);
  });

  it('follows a retyped link, a mention from a standalone note and a cleared table', async () => {
    const database = freshDatabase();
    const ids = await seedAbstracts(database, 3);
    const { link } = await addLink({ fromId: idAt(ids, 0), toId: idAt(ids, 2), type: 'supports' }, database);
    await database.links.update(link.id, { type: 'contradicts' });
    expect(await cached(database)).toContainEqual({ id: link.id, fromId: idAt(ids, 0), toId: idAt(ids, 2), type: 'contradicts' });

    const { id: note } = await createSynthesisNote('Review', database);
    const mention = { type: 'mention', version: 1, targetId: idAt(ids, 1), title: 'Study 2' };
    await saveSynthesisNote(note, paragraphsJson([[textNode('See '), mention]]), 'See Study 2', database);
    expect(await cached(database)).toContainEqual(expect.objectContaining({ fromId: null, toId: idAt(ids, 1), type: 'mention' }));
    await expectCacheToMatch(database);

    await database.links.clear();
    expect(await cached(database)).toEqual([]);
  });

  it('follows links moved by a duplicate merge, and its undo', async () => {
    const database = freshDatabase();
    const ids = await seedAbstracts(database, 4);
    const [survivor, loser, other] = [idAt(ids, 0), idAt(ids, 1), idAt(ids, 3)];
    await addLink({ fromId: loser, toId: other, type: 'extends' }, database);
    const [survivorRow, loserRow] = await Promise.all([getAbstract(survivor, database), getAbstract(loser, database)]);
    if (survivorRow === undefined || loserRow === undefined) throw new Error('seeded abstracts missing');
    const merge = await mergeDuplicates(survivor, loser, defaultChoices(survivorRow, loserRow), database);
    expect(await cached(database)).toContainEqual(expect.objectContaining({ fromId: survivor, toId: other, type: 'extends' }));
    expect((await cached(database)).some((link) => link.fromId === loser || link.toId === loser)).toBe(false);
    await expectCacheToMatch(database);
    await merge.undo();
    expect(await cached(database)).toContainEqual(expect.objectContaining({ fromId: loser, toId: other, type: 'extends' }));
    await expectCacheToMatch(database);
  });

  it('keeps links in blocks of consecutive ids, and a write that aborts leaves the copy as it was', async () => {
    const database = freshDatabase();
    const ids = await seedAbstracts(database, 3);
    const far = (n: number) => ({ uid: `u${n}`, fromId: idAt(ids, 0), toId: idAt(ids, 1), type: 'related', origin: 'user' as const, noteId: null, annotationId: null, note: '', context: null, createdAt: 0 });
    await database.links.bulkAdd([
      { ...far(1), id: LINK_ENDS_BLOCK_SIZE - 1 },
      { ...far(2), id: LINK_ENDS_BLOCK_SIZE },
      { ...far(3), id: 3 * LINK_ENDS_BLOCK_SIZE + 5 },
    ]);
    await expectCacheToMatch(database);
    expect((await database.linkEnds.toCollection().primaryKeys()).slice(-3)).toEqual([0, 1, 3]);
    await database.links.bulkDelete([LINK_ENDS_BLOCK_SIZE, 3 * LINK_ENDS_BLOCK_SIZE + 5]);
    expect(await database.linkEnds.toCollection().primaryKeys()).toEqual([0]);

    const before = await cached(database);
    await expect(
      database.transaction('rw', database.links, async () => {
        await database.links.add({ ...far(4), id: 10 * LINK_ENDS_BLOCK_SIZE });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await cached(database)).toEqual(before);
    await expectCacheToMatch(database);
  });

  it('is read whole by readLinkEnds, and rebuilt by the check should it ever fall short', async () => {
    const database = freshDatabase();
    const ids = await seedAbstracts(database, 3);
    await addLink({ fromId: idAt(ids, 2), toId: idAt(ids, 0), type: 'cites' }, database);
    const expected = await stored(database);
    const toObjects = (ends: Awaited<ReturnType<typeof readLinkEnds>>) =>
      Array.from(ends.ids, (id, at) => ({ id, toId: ends.toIds[at], type: ends.typeNames[ends.typeOf[at] ?? 0] }));
    const wanted = expected.map(({ id, toId, type }) => ({ id, toId, type }));
    expect(toObjects(await readLinkEnds(database))).toEqual(wanted);
    expect(await checkGraphCopies(database)).toBe(false);

    // As if the copy had been lost: the check notices and rebuilds it.
    await database.transaction('rw', database.linkEnds, () => database.linkEnds.clear());
    expect(await checkGraphCopies(database)).toBe(true);
    expect(await cached(database)).toEqual(expected);
  });
});

describe('the graph’s copy of the abstracts’ ids', () => {
  const keys = async (database: LecternDB) => (await database.abstracts.toCollection().primaryKeys()).sort((a, b) => a - b);

  it('follows an import, a status change, a deletion, and a merge and its undo', async () => {
    const database = freshDatabase();
    const ids = await seedAbstracts(database, 4);
    expect(await readAbstractIds(database)).toEqual(await keys(database));
    await setStatus(idAt(ids, 0), 'read', database);
    expect(await readAbstractIds(database)).toEqual(await keys(database));

    await deleteAbstract(database, idAt(ids, 3));
    expect(await readAbstractIds(database)).not.toContain(idAt(ids, 3));
    expect(await readAbstractIds(database)).toEqual(await keys(database));

    const [survivorRow, loserRow] = await Promise.all([getAbstract(idAt(ids, 0), database), getAbstract(idAt(ids, 1), database)]);
    if (survivorRow === undefined || loserRow === undefined) throw new Error('seeded abstracts missing');
    const merge = await mergeDuplicates(idAt(ids, 0), idAt(ids, 1), defaultChoices(survivorRow, loserRow), database);
    expect(await readAbstractIds(database)).toEqual([idAt(ids, 0), idAt(ids, 2)].sort((a, b) => a - b));
    await merge.undo();
    expect(await readAbstractIds(database)).toEqual(await keys(database));
    expect(await readAbstractIds(database)).toContain(idAt(ids, 1));
  });

  it('is rebuilt by the check should it ever fall short', async () => {
    const database = freshDatabase();
    await seedAbstracts(database, 3);
    await database.transaction('rw', database.abstractIds, () => database.abstractIds.clear());
    expect(await checkGraphCopies(database)).toBe(true);
    expect(await readAbstractIds(database)).toEqual(await keys(database));
  });
});
