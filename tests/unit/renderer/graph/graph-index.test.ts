import { describe, expect, it } from 'vitest';
import { blocksOf, joinBlocks, type LinkEnd } from '../../../../renderer/db/links/ends-blocks';
import { buildGraphIndex, positionOf } from '../../../../renderer/features/graph/graph-index';

function edgesOf(ids: readonly number[], links: LinkEnd[]): [number | undefined, number | undefined, string | undefined][] {
  const index = buildGraphIndex(ids, joinBlocks(blocksOf(links)));
  return Array.from(index.edgeIds, (_id, edge) => [index.nodeIds[index.edgeFrom[edge] ?? -1], index.nodeIds[index.edgeTo[edge] ?? -1], index.typeNames[index.edgeType[edge] ?? -1]]);
}

describe('buildGraphIndex', () => {
  it('finds the ends of links among dense and among sparse ids alike, and leaves out what joins no two abstracts', () => {
    const links: LinkEnd[] = [
      { id: 1, fromId: 2, toId: 3, type: 'cites' },
      { id: 2, fromId: null, toId: 3, type: 'mention' },
      { id: 3, fromId: 3, toId: 3, type: 'related' },
      { id: 4, fromId: 3, toId: 7, type: 'supports' },
    ];
    expect(edgesOf([1, 2, 3, 4], links)).toEqual([[2, 3, 'cites']]);
    const sparse = links.map((link) => ({ ...link, fromId: link.fromId === null ? null : link.fromId * 1_000_000, toId: link.toId * 1_000_000 }));
    expect(edgesOf([2_000_000, 3_000_000, 9_000_000], sparse)).toEqual([[2_000_000, 3_000_000, 'cites']]);
  });

  it('gives each abstract its position, and none to an id not in the library', () => {
    const index = buildGraphIndex([4, 9, 12], joinBlocks([]));
    expect([4, 9, 12, 5, 0].map((id) => positionOf(index, id))).toEqual([0, 1, 2, undefined, undefined]);
  });
});
