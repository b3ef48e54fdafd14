import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { queryFilteredIds } from '../../../../renderer/db/organize/filters';
import { queryAbstractTags, queryAllTags, queryTagTree } from '../../../../renderer/db/organize/queries';
import type { TagNode } from '../../../../renderer/db/organize/types';
import { deleteTag, mergeTag, moveTag, renameTag, restoreTags } from '../../../../renderer/db/tags/edits';
import { normaliseTagPath } from '../../../../renderer/db/tags/tag-path';
import { addTag, bulkAddTag, bulkRemoveTag, removeTag, setTagColor } from '../../../../renderer/db/tags/tags';
import { freshDatabase, snapshot } from './fixtures';
import { idAt, seedAbstracts } from './organize-fixtures';

let database: LecternDB;
let ids: number[];

beforeEach(async () => {
  database = freshDatabase();
  ids = await seedAbstracts(database, 6);
});

const at = (index: number): number => idAt(ids, index);

async function tagId(path: string): Promise<number> {
  const tag = await database.tags.where('path').equals(path).first();
  if (tag === undefined) throw new Error(`no tag ${path}`);
  return tag.id;
}

const paths = async (abstractIndex: number): Promise<string[]> => (await queryAbstractTags(at(abstractIndex), database)).map((tag) => tag.path);
const outline = (nodes: TagNode[]): unknown[] => nodes.map((node) => [node.name, node.count, outline(node.children)]);

/** theory/sgd on abstracts 0 and 1, theory/landscape on 2: a two-level tree with a shared parent. */
async function tagTheory(): Promise<void> {
  await addTag(at(0), 'theory/sgd', database);
  await addTag(at(1), ' theory // sgd ', database);
  await addTag(at(2), 'theory/landscape', database);
}

describe('tag paths', () => {
  it('trims segments, collapses slashes and rejects a path with no name', () => {
    expect(normaliseTagPath(' theory //optimization/  sgd / ')).toBe('theory/optimization/sgd');
    expect(() => normaliseTagPath(' / // ')).toThrow(/needs a name/);
    expect(() => normaliseTagPath('')).toThrow(/needs a name/);
  });
});

describe('adding and removing tags', () => {
  it('creates missing parents once, counts abstracts with descendants, and filters by a parent', async () => {
    await tagTheory();
    expect((await queryAllTags(database)).map((tag) => tag.path)).toEqual(['theory', 'theory/landscape', 'theory/sgd']);
    expect(outline(await queryTagTree(database))).toEqual([['theory', 3, [['landscape', 1, []], ['sgd', 2, []]]]]);
    expect(new Set(await queryFilteredIds({ tagId: await tagId('theory') }, 'added', database))).toEqual(new Set([at(0), at(1), at(2)]));
  });

  it('counts every abstract in a library with more assignments than one read of them takes', async () => {
    await tagTheory();
    const [sgd, landscape] = [await tagId('theory/sgd'), await tagId('theory/landscape')];
    // Ids above the seeded ones: the tree counts assignments, and these abstracts need not be stored for that.
    const many = Array.from({ length: 12_001 }, (_, index) => 1_000_000 + index);
    await database.abstractTags.bulkAdd(many.map((abstractId, index) => ({ abstractId, tagId: index % 3 === 0 ? landscape : sgd })));
    // One abstract carrying both children counts once toward their parent.
    await addTag(at(0), 'theory/landscape', database);
    expect(outline(await queryTagTree(database))).toEqual([['theory', 12_004, [['landscape', 4_003, []], ['sgd', 8_002, []]]]]);
  });

  it('adding a tag twice is a no-op, and undo/redo of add and remove are exact', async () => {
    const first = await addTag(at(0), 'a/b', database);
    const again = await addTag(at(0), 'a/b', database);
    const tagged = await snapshot(database);
    await again.undo();
    expect(await snapshot(database)).toEqual(tagged);
    await first.undo();
    expect(await queryAllTags(database)).toEqual([]);
    await first.redo();
    expect(await snapshot(database)).toEqual(tagged);
    const removal = await removeTag(at(0), first.tag.id, database);
    expect(await paths(0)).toEqual([]);
    await removal.undo();
    expect(await paths(0)).toEqual(['a/b']);
  });

  it('rejects tagging an abstract that is not in the library', async () => {
    await expect(addTag(999_999, 'x', database)).rejects.toThrow(/not in the library/);
    expect(await queryAllTags(database)).toEqual([]);
  });

  it('bulk-adds to new abstracts only and bulk-removes, each undoable', async () => {
    await addTag(at(0), 'bulk', database);
    const before = await snapshot(database);
    const added = await bulkAddTag(ids, 'bulk', database);
    expect(await database.abstractTags.count()).toBe(6);
    await added.undo();
    expect(await snapshot(database)).toEqual(before);
    await added.redo();
    const removed = await bulkRemoveTag([at(1), at(2)], await tagId('bulk'), database);
    expect(new Set(await queryFilteredIds({ tagId: await tagId('bulk') }, 'added', database))).toEqual(new Set([at(0), at(3), at(4), at(5)]));
    await removed.undo();
    expect(await database.abstractTags.count()).toBe(6);
  });

  it('bulk actions skip ids that are not abstracts, for short and long id lists alike', async () => {
    const missing = Array.from({ length: 20 }, (_, index) => 900_000 + index);
    await bulkAddTag([at(0), 900_001], 'short', database);
    await bulkAddTag([...missing, at(1), at(2)], 'long', database);
    expect(await database.abstractTags.toArray()).toEqual(
      expect.arrayContaining([
        { abstractId: at(0), tagId: await tagId('short') },
        { abstractId: at(1), tagId: await tagId('long') },
        { abstractId: at(2), tagId: await tagId('long') },
      ]),
    );
    expect(await database.abstractTags.count()).toBe(3);
    const nothing = await bulkAddTag(missing, 'never', database);
    expect(nothing.tag).toBeUndefined();
    expect((await queryAllTags(database)).map((tag) => tag.path)).toEqual(['long', 'short']);
  });

  it('sets and clears a colour, with undo', async () => {
    const { tag } = await addTag(at(0), 'hue', database);
    const coloured = await setTagColor(tag.id, '#d9480f', database);
    expect((await database.tags.get(tag.id))?.color).toBe('#d9480f');
    await coloured.undo();
    expect((await database.tags.get(tag.id))?.color).toBeNull();
  });
});

describe('renaming, moving, merging and deleting tags', () => {
  it('renaming a parent carries its children and every assignment', async () => {
    await tagTheory();
    const rename = await renameTag(await tagId('theory'), 'ml-theory', database);
    expect((await queryAllTags(database)).map((tag) => tag.path)).toEqual(['ml-theory', 'ml-theory/landscape', 'ml-theory/sgd']);
    expect(await paths(1)).toEqual(['ml-theory/sgd']);
    expect(await queryFilteredIds({ tagId: await tagId('ml-theory') }, 'title', database)).toHaveLength(3);
    await rename.undo();
    expect(await paths(2)).toEqual(['theory/landscape']);
  });

  it('refuses to rename onto an existing tag or under itself', async () => {
    await tagTheory();
    await addTag(at(3), 'other', database);
    await expect(renameTag(await tagId('theory'), 'other', database)).rejects.toThrow(/already exists.*Merge/);
    await expect(renameTag(await tagId('theory'), 'theory/sgd/deeper', database)).rejects.toThrow(/under itself/);
    expect((await queryAllTags(database)).map((tag) => tag.path)).toEqual(['other', 'theory', 'theory/landscape', 'theory/sgd']);
  });

  it('moves a tag under another path (creating it) and back to the top', async () => {
    await tagTheory();
    await moveTag(await tagId('theory/sgd'), 'methods/optim', database);
    expect(await paths(0)).toEqual(['methods/optim/sgd']);
    await moveTag(await tagId('methods/optim/sgd'), null, database);
    expect(await paths(0)).toEqual(['sgd']);
  });

  it('merges a subtree into another tag, mapping children and not duplicating', async () => {
    await tagTheory();
    await addTag(at(0), 'ml/sgd', database);
    await addTag(at(3), 'theory', database);
    const before = await snapshot(database);
    const merge = await mergeTag(await tagId('theory'), await tagId('ml'), database);
    expect((await queryAllTags(database)).map((tag) => tag.path)).toEqual(['ml', 'ml/landscape', 'ml/sgd']);
    expect(await paths(0)).toEqual(['ml/sgd']);
    expect(await paths(3)).toEqual(['ml']);
    expect(await paths(2)).toEqual(['ml/landscape']);
    await merge.undo();
    expect(await snapshot(database)).toEqual(before);
    await expect(mergeTag(await tagId('theory'), await tagId('theory/sgd'), database)).rejects.toThrow(/cannot be merged/);
  });

  it('deletes a subtree with its assignments and restores it exactly, ids included', async () => {
    await tagTheory();
    await setTagColor(await tagId('theory/sgd'), 'teal', database);
    const before = await snapshot(database);
    const deleted = await deleteTag(await tagId('theory'), database);
    expect(deleted.snapshot.tags).toHaveLength(3);
    expect(await queryAllTags(database)).toEqual([]);
    expect(await database.abstractTags.count()).toBe(0);
    await restoreTags(deleted.snapshot, database);
    expect(await snapshot(database)).toEqual(before);
    await deleted.redo();
    await deleted.undo();
    expect(await snapshot(database)).toEqual(before);
  });
});
