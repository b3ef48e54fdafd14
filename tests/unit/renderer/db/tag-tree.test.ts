import { describe, expect, it } from 'vitest';
import type { TagNode } from '../../../../renderer/db/organize/types';
import { buildTagTree } from '../../../../renderer/db/tags/tree';
import { tagUid } from '../../../../shared/sync/uids';

const withUid = <Tag extends { path: string }>(tag: Tag): Tag & { uid: string } => ({ ...tag, uid: tagUid(tag.path) });
const outline = (nodes: TagNode[]): unknown[] => nodes.map((node) => [node.name, node.count, node.tag.color, outline(node.children)]);

describe('buildTagTree', () => {
  it('nests by path, sorts siblings by name, and counts distinct abstracts with descendants', () => {
    const tags = [
      { id: 1, path: 'theory', color: null },
      { id: 2, path: 'theory/sgd', color: '#f00' },
      { id: 3, path: 'theory/Landscape', color: null },
      { id: 4, path: 'apps', color: null },
      { id: 5, path: 'theory/sgd/momentum', color: null },
    ].map(withUid);
    // Abstract 10 carries theory and theory/sgd: theory counts it once.
    const assignments = [[10, 1], [10, 2], [11, 2], [12, 3], [13, 5]] as const;
    expect(outline(buildTagTree(tags, assignments))).toEqual([
      ['apps', 0, null, []],
      ['theory', 4, null, [['Landscape', 1, null, []], ['sgd', 3, '#f00', [['momentum', 1, null, []]]]]],
    ]);
  });

  it('hangs a tag whose parent row is missing under its nearest stored ancestor', () => {
    const tags = [
      { id: 1, path: 'a', color: null },
      { id: 2, path: 'a/b/c', color: null },
    ].map(withUid);
    expect(outline(buildTagTree(tags, [[1, 2]]))).toEqual([['a', 1, null, [['c', 1, null, []]]]]);
  });
});
