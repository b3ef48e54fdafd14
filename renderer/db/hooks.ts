import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import {
  queryAbstract,
  queryAbstractIds,
  queryAbstractsInCapture,
  queryCapture,
  queryCaptures,
  queryLibraryCount,
  querySources,
} from './queries';
import type { AbstractRow, CaptureRow, LibraryView, SortKey, SourceSummary } from './types';

// Each hook re-renders when the data it read changes. `undefined` means "still loading";
// `null` means "not in the library".

/** The ids of a view's abstracts, in list order. */
export function useAbstractIds(view: LibraryView, sort: SortKey): number[] | undefined {
  const captureHash = view.kind === 'source' ? view.captureHash : null;
  return useLiveQuery(
    () => queryAbstractIds(db, captureHash === null ? { kind: 'library' } : { kind: 'source', captureHash }, sort),
    [captureHash, sort],
  );
}

export function useAbstract(id: number | null): AbstractRow | null | undefined {
  return useLiveQuery(() => (id === null ? null : queryAbstract(db, id)), [id]);
}

export function useSources(): SourceSummary[] | undefined {
  return useLiveQuery(() => querySources(db), []);
}

export function useLibraryCount(): number | undefined {
  return useLiveQuery(() => queryLibraryCount(db), []);
}

export function useCapture(hash: string | null): CaptureRow | null | undefined {
  return useLiveQuery(() => (hash === null ? null : queryCapture(db, hash)), [hash]);
}

/** The captures among `hashes` (e.g. an abstract's "Also in"), in the order given. */
export function useCaptures(hashes: readonly string[]): CaptureRow[] | undefined {
  const key = hashes.join('\n');
  return useLiveQuery(() => queryCaptures(db, key === '' ? [] : key.split('\n')), [key]);
}

/** A capture's abstracts in page order (the reader's "On the same page"). */
export function useAbstractsInCapture(hash: string | null): AbstractRow[] | undefined {
  return useLiveQuery(() => (hash === null ? [] : queryAbstractsInCapture(db, hash)), [hash]);
}
