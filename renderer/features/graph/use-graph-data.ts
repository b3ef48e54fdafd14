import { useEffect, useMemo, useRef, useState } from 'react';
import { composeGraphData, useGraphLabels, useGraphParts, type GraphData } from '../../db/links/graph-data';
import { watchTitles } from '../../db/titles/title-index';

const NO_LABELS: ReadonlyMap<number, string> = new Map();

/** The previous array while the new one holds the same ids, so editing an abstract neither rebuilds the graph nor re-reads its labels for nothing. */
function useSameIds(ids: number[] | undefined): number[] | undefined {
  const last = useRef<number[] | undefined>(undefined);
  const previous = last.current;
  if (ids !== undefined && previous !== undefined && ids.length === previous.length && ids.every((id, index) => id === previous[index])) return previous;
  last.current = ids;
  return ids;
}

/** A count that goes up whenever the title index may hold new titles (a rename), so the labels are read again. */
function useTitlesVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => watchTitles(() => setVersion((last) => last + 1)), []);
  return version;
}

/**
 * The previous map while the new one holds the same titles (an edit that renames nothing redraws
 * nothing), and while a new read is on its way (the labels never blink out).
 */
function useSameLabels(labels: ReadonlyMap<number, string> | undefined): ReadonlyMap<number, string> | undefined {
  const last = useRef<ReadonlyMap<number, string> | undefined>(undefined);
  const previous = last.current;
  if (labels === undefined) return previous;
  if (previous !== undefined && labels.size === previous.size && [...labels].every(([id, title]) => previous.get(id) === title)) return previous;
  last.current = labels;
  return labels;
}

/**
 * True from the first frame after `ready`: the labels are read then, so building the title index
 * (a read of every abstract's title on first use) does not hold up the first frame of nodes.
 */
function useDrawnOnce(ready: boolean): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (!ready || drawn) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDrawn(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, drawn]);
  return drawn;
}

/**
 * The graph's data, kept current; `undefined` while it loads. Nodes, links, tags and link types
 * come first (the first frame needs nothing more); the labels follow in one batch.
 */
export function useGraphData(): GraphData | undefined {
  const parts = useGraphParts();
  const ids = useSameIds(parts.ids);
  const { edges, tagging, linkTypes } = parts;
  const drawn = useDrawnOnce(ids !== undefined && edges !== undefined && tagging !== undefined && linkTypes !== undefined);
  const labels = useSameLabels(useGraphLabels(drawn ? ids : undefined, useTitlesVersion()));
  return useMemo(() => {
    if (ids === undefined || edges === undefined || tagging === undefined || linkTypes === undefined) return undefined;
    return composeGraphData(ids, edges, tagging, linkTypes, labels ?? NO_LABELS);
  }, [ids, edges, tagging, linkTypes, labels]);
}
