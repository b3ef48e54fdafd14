import { useEffect, useMemo, useRef, useState } from 'react';
import { useGraphLibraryParts, type GraphLibrary } from '../../db/links/graph-data';
import { titlesOf, watchTitles } from '../../db/titles/title-index';
import { checkGraphCopies } from '../../db/links/ends';
import { learnt, titlesToRead, type LabelCache } from './label-cache';

/** The previous array while the new one holds the same ids, so an edit that adds or removes no abstract rebuilds nothing. */
export function useSameIds(ids: readonly number[] | undefined): readonly number[] | undefined {
  const last = useRef<readonly number[] | undefined>(undefined);
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
 * True from the first frame after `ready`: what the first frame does not need (labels, tag
 * assignments) is read then, so those reads do not hold up the first frame of nodes.
 */
export function useDrawnOnce(ready: boolean): boolean {
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

const NO_LABELS: ReadonlyMap<number, string> = new Map();
/**
 * The titles of the drawn abstracts (a map that may hold others), read once `wanted` and again
 * after a rename. Titles read for abstracts drawn before are kept, so a filter reads only those it
 * has not seen; empty until the first read, and the previous titles stay while a read is on its
 * way (the labels never blink out).
 */
export function useDrawnLabels(ids: readonly number[], wanted: boolean): ReadonlyMap<number, string> {
  const version = useTitlesVersion();
  const [cache, setCache] = useState<LabelCache>({ version, titles: NO_LABELS });
  const missing = useMemo(() => titlesToRead(cache, version, ids), [ids, cache, version]);
  useEffect(() => {
    if (!wanted || missing.length === 0) return undefined;
    let current = true;
    void titlesOf(missing)
      .then((read) => {
        if (current) setCache((last) => learnt(last, version, ids, read));
      })
      .catch((error: unknown) => console.warn('Reading the graph’s titles failed', error));
    return () => {
      current = false;
    };
  }, [wanted, missing, version, ids]);
  return cache.titles;
}

/** The library's graph (ids, link ends, tags and link types), kept current; `undefined` while it loads. */
export function useGraphLibrary(): GraphLibrary | undefined {
  const parts = useGraphLibraryParts();
  const abstractIds = useSameIds(parts.abstractIds);
  const { links, tags, linkTypes } = parts;
  const loaded = abstractIds !== undefined && links !== undefined;
  // Once read, the copies are checked against their tables (a walk of both, kept off the first frame); a rebuild reaches the live queries.
  useEffect(() => {
    if (loaded) void checkGraphCopies().catch(() => undefined);
  }, [loaded]);
  return useMemo(
    () => (abstractIds === undefined || links === undefined || tags === undefined || linkTypes === undefined ? undefined : { abstractIds, links, tags, linkTypes }),
    [abstractIds, links, tags, linkTypes],
  );
}
