import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addLink, LinkError, linkTypeLabel, removeLink } from '../../../../renderer/db/links/links';
import { queryAbstractLinks } from '../../../../renderer/db/links/queries';
import { addLinkType } from '../../../../renderer/db/links/user-types';
import { freshDatabase, snapshot } from './fixtures';
import { idAt, seedAbstracts } from './organize-fixtures';

async function threeAbstracts() {
  const database = freshDatabase();
  const ids = await seedAbstracts(database, 3);
  return { database, a: idAt(ids, 0), b: idAt(ids, 1), c: idAt(ids, 2) };
}

describe('addLink and removeLink', () => {
  it('shows a "supports" link in Links on its source and as "supported by" in Backlinks on its target', async () => {
    const { database, a, b } = await threeAbstracts();
    await addLink({ fromId: a, toId: b, type: 'supports', note: '  same bound  ' }, database);

    const from = await queryAbstractLinks(a, database);
    expect(from.outgoing.groups.map((group) => [group.label, group.items.map((item) => item.other.id)])).toEqual([['supports', [b]]]);
    expect(from.outgoing.groups[0]?.items[0]?.link.note).toBe('same bound');
    const to = await queryAbstractLinks(b, database);
    expect(to.incoming.groups.map((group) => [group.label, group.items.map((item) => item.other.id)])).toEqual([['supported by', [a]]]);
    expect(to.outgoing.groups).toEqual([]);
    expect(linkTypeLabel('extends', 'incoming')).toBe('extended by');
    expect(linkTypeLabel('related', 'incoming')).toBe('related');
  });

  it('groups outgoing links by type in catalog order', async () => {
    const { database, a, b, c } = await threeAbstracts();
    await addLink({ fromId: a, toId: c, type: 'cites' }, database);
    await addLink({ fromId: a, toId: b, type: 'extends' }, database);
    await addLink({ fromId: a, toId: c, type: 'extends' }, database);
    const { outgoing } = await queryAbstractLinks(a, database);
    expect(outgoing.groups.map((group) => [group.label, group.items.map((item) => item.other.id)])).toEqual([
      ['extends', [b, c]],
      ['cites', [c]],
    ]);
  });

  it('refuses a link to itself, a duplicate, the reverse of a symmetric link, and an unknown type', async () => {
    const { database, a, b } = await threeAbstracts();
    await expect(addLink({ fromId: a, toId: a, type: 'related' }, database)).rejects.toThrow('cannot be linked to itself');
    await addLink({ fromId: a, toId: b, type: 'extends' }, database);
    await expect(addLink({ fromId: a, toId: b, type: 'extends' }, database)).rejects.toThrow(/already linked/);
    // A directed type may go the other way; a symmetric one may not.
    await addLink({ fromId: b, toId: a, type: 'extends' }, database);
    await addLink({ fromId: a, toId: b, type: 'related' }, database);
    await expect(addLink({ fromId: b, toId: a, type: 'related' }, database)).rejects.toBeInstanceOf(LinkError);
    await expect(addLink({ fromId: a, toId: b, type: 'nonsense' }, database)).rejects.toThrow('no link type');
    await expect(addLink({ fromId: a, toId: 9999, type: 'related' }, database)).rejects.toThrow('no longer in the library');
  });

  it('undoes and redoes an add and a remove exactly, id included', async () => {
    const { database, a, b } = await threeAbstracts();
    const before = await snapshot(database);
    const added = await addLink({ fromId: a, toId: b, type: 'contradicts' }, database);
    const withLink = await snapshot(database);
    await added.undo();
    expect(await snapshot(database)).toEqual(before);
    await added.redo();
    expect(await snapshot(database)).toEqual(withLink);

    const removed = await removeLink(added.link.id, database);
    expect(await database.links.get(added.link.id)).toBeUndefined();
    await removed.undo();
    expect(await snapshot(database)).toEqual(withLink);
    await removed.redo();
    expect(await snapshot(database)).toEqual(before);
    await expect(removeLink(added.link.id, database)).rejects.toThrow('already removed');
  });
});

describe('user-defined link types', () => {
  it('adds a type with its inverse label, links with it, and refuses a second type of the same name', async () => {
    const { database, a, b } = await threeAbstracts();
    const { type, undo } = await addLinkType({ label: 'Replicates', inverseLabel: 'replicated by' }, database);
    expect(type).toMatchObject({ id: 'user:replicates', label: 'Replicates', inverseLabel: 'replicated by' });
    await addLink({ fromId: a, toId: b, type: type.id }, database);
    expect((await queryAbstractLinks(b, database)).incoming.groups.map((group) => group.label)).toEqual(['replicated by']);
    await expect(addLinkType({ label: 'replicates' }, database)).rejects.toThrow('already a link type');
    await expect(addLinkType({ label: 'Supports' }, database)).rejects.toThrow('already a link type');
    await expect(addLinkType({ label: '   ' }, database)).rejects.toThrow('needs a name');
    await undo();
    expect(await database.linkTypes.count()).toBe(0);
  });
});
