import { useMemo, useRef } from 'react';
import { composeGraphData, useGraphLabels, useGraphParts, type GraphData } from '../../db/links/graph-data';

const NO_LABELS: ReadonlyMap<number, string> = new Map();

/** The previous array while the new one holds the same ids, so editing an abstract neither rebuilds the graph nor re-reads its labels for nothing. */
function useSameIds(ids: number[] | undefined): number[] | undefined {
  const last = useRef<number[] | undefined>(undefined);
  const previous = last.current;
  if (ids !== undefined && previous !== undefined && ids.length === previous.length && ids.every((id, index) => id === previous[index])) return previous;
  last.current = ids;
  return ids;
}

/**
 * The graph's data, kept current; `undefined` while it loads. Nodes, links, tags and link types
 * come first (the first frame needs nothing more); the labels follow in one batch.
 */
export function useGraphData(): GraphData | undefined {
  const parts = useGraphParts();
  const ids = useSameIds(parts.ids);
  const labels = useGraphLabels(ids);
  const { edges, tagging, linkTypes } = parts;
  return useMemo(() => {
    if (ids === undefined || edges === undefined || tagging === undefined || linkTypes === undefined) return undefined;
    return composeGraphData(ids, edges, tagging, linkTypes, labels ?? NO_LABELS);
  }, [ids, edges, tagging, linkTypes, labels]);
}
