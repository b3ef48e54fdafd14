import { useMemo } from 'react';
import type { GraphLibrary, TagAssignments } from '../../db/links/graph-data';
import { allLinkTypes, type LinkTypeInfo } from '../../db/links/link-types';
import type { LinkEnds } from '../../db/links/ends-blocks';
import type { GraphFilter } from './graph-filter';
import { buildGraphIndex, positionOf, withTags } from './graph-index';
import { filterIndex, type FilteredGraph } from './index-filter';
import { drawnGraph, drawnIds, drawnPositions, type DrawnGraph } from './drawn-graph';
import { useDrawnLabels, useDrawnOnce, useSameIds } from './use-graph-data';

const NO_LINKS: LinkEnds = { ids: new Float64Array(0), fromIds: new Float64Array(0), toIds: new Float64Array(0), typeNames: [], typeOf: new Uint16Array(0) };
const NO_ABSTRACTS: readonly number[] = [];

export interface GraphView {
  filtered: FilteredGraph;
  drawn: DrawnGraph;
  /** Whether the filter lets an abstract through, drawn or not (what Find offers). */
  shown: { has: (id: number) => boolean };
  /** The link types the graph's links have, in catalog order. */
  types: LinkTypeInfo[];
}

/**
 * What the view shows of the library (empty while it loads) under the filter: the index is built
 * once per change of the library, the filter walks it, and only the drawn abstracts become objects,
 * with their labels read once the first frame is out.
 */
export function useGraphView(
  library: GraphLibrary | undefined,
  assignments: TagAssignments | undefined,
  filter: GraphFilter,
  limit: number,
  keep: { openId: number | null; pickedId: number | null },
): GraphView {
  const { openId, pickedId } = keep;
  const abstractIds = library?.abstractIds ?? NO_ABSTRACTS;
  const links = library?.links ?? NO_LINKS;
  const structure = useMemo(() => buildGraphIndex(abstractIds, links), [abstractIds, links]);
  const tags = library?.tags;
  const index = useMemo(() => (assignments === undefined || tags === undefined ? structure : withTags(structure, tags, assignments)), [structure, tags, assignments]);
  const filtered = useMemo(() => filterIndex(index, filter, openId), [index, filter, openId]);
  const positions = useMemo(() => drawnPositions(index, filtered, limit, [openId, pickedId]), [index, filtered, limit, openId, pickedId]);
  const ids = useSameIds(useMemo(() => drawnIds(index, positions), [index, positions])) ?? NO_ABSTRACTS;
  const labels = useDrawnLabels(ids, useDrawnOnce(library !== undefined));
  const linkTypes = library?.linkTypes;
  const drawn = useMemo(() => drawnGraph(index, filtered, positions, labels, linkTypes ?? []), [index, filtered, positions, labels, linkTypes]);
  // Asked per title Find considers, never built as a set of 100k ids.
  const shown = useMemo(() => ({ has: (id: number) => filtered.nodes[positionOf(index, id) ?? -1] === 1 }), [index, filtered]);
  const types = useMemo(() => {
    const used = new Set(structure.typesInUse);
    return allLinkTypes(linkTypes ?? []).filter((type) => used.has(type.id));
  }, [structure, linkTypes]);
  return { filtered, drawn, shown, types };
}
