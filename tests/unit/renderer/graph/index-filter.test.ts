import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagUid } from '../../../../shared/sync/uids';
import { visibleGraph, type GraphFilter, type Hops, type TaggedGraphData } from '../../../../renderer/features/graph/graph-filter';
import { filterIndex } from '../../../../renderer/features/graph/index-filter';
import { indexOf } from './graph-fixtures';

const TAGS = [
  { id: 100, uid: tagUid('theory'), path: 'theory', color: null },
  { id: 101, uid: tagUid('theory/sgd'), path: 'theory/sgd', color: null },
  { id: 200, uid: tagUid('theoryish'), path: 'theoryish', color: null },
];
const TYPES = ['supports', 'cites', 'related'];

/** A small library: ids 1…n, links between any two of them, a few tags on some. */
const libraries = fc.integer({ min: 1, max: 30 }).chain((size) =>
  fc.record({
    size: fc.constant(size),
    links: fc.array(fc.record({ from: fc.integer({ min: 1, max: size }), to: fc.integer({ min: 1, max: size }), type: fc.constantFrom(...TYPES) }), { maxLength: 60 }),
    tagged: fc.array(fc.subarray([100, 101, 200]), { minLength: size, maxLength: size }),
  }),
);

function library({ size, links, tagged }: { size: number; links: { from: number; to: number; type: string }[]; tagged: number[][] }): TaggedGraphData {
  return {
    nodes: Array.from({ length: size }, (_, index) => ({ id: index + 1, label: `Paper ${index + 1}`, tagIds: tagged[index] ?? [] })),
    // Self-links are never read into the graph.
    edges: links.filter((link) => link.from !== link.to).map((link, index) => ({ id: 1000 + index, ...link })),
    tags: TAGS,
    linkTypes: [],
  };
}

const filters = fc.record<GraphFilter>({
  tagId: fc.constantFrom(null, 100, 101, 200, 999),
  hiddenTypes: fc.subarray(TYPES).map((types) => new Set(types)),
  hops: fc.constantFrom<Hops | null>(null, 1, 2, 3, 'all'),
});

describe('filterIndex', () => {
  it('lets through exactly what visibleGraph does, for any library, filter and open abstract', () => {
    fc.assert(
      fc.property(libraries, filters, fc.option(fc.integer({ min: 1, max: 35 })), (shape, filter, openId) => {
        const data = library(shape);
        const expected = visibleGraph(data, filter, openId);
        const index = indexOf(data);
        const filtered = filterIndex(index, filter, openId);
        const nodes = index.nodeIds.filter((_id, position) => filtered.nodes[position] === 1);
        const edges = Array.from(index.edgeIds).filter((_id, position) => filtered.edges[position] === 1);
        expect(nodes).toEqual([...expected.nodes].sort((a, b) => a - b));
        expect(edges).toEqual([...expected.edges].sort((a, b) => a - b));
        expect([filtered.nodeCount, filtered.edgeCount]).toEqual([expected.nodes.size, expected.edges.size]);
      }),
      { numRuns: 300 },
    );
  });
});
