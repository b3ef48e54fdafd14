import { useLiveQuery } from 'dexie-react-hooks';
import { readCaptureText } from '../import/capture-texts';
import { db } from '../schema/database';
import { prefetchedNewestIds, prefetchedRow } from './first-rows';
import { noteListRead } from './list-read';
import { queryFilteredIds } from '../organize/filters';
import {
  queryAbstract,
  queryAbstractsInCapture,
  queryCapture,
  queryCaptures,
  queryLibraryCount,
  querySources,
} from './queries';
import type { AbstractRow, CaptureRow, LibraryFilter, SortKey, SourceSummary } from '../schema/row-types';

// Each hook re-renders when the data it read changes. `undefined` means "still loading";
// `null` means "not in the library".

/** The ids of the abstracts meeting every condition of the filter, in list order. */
export function useAbstractIds(filter: LibraryFilter, sort: SortKey): number[] | undefined {
  const { tagId, status, captureHash, listId, starred } = filter;
  const unfiltered = [tagId, status, captureHash, listId, starred].every((value) => value === undefined);
  return useLiveQuery(
    () =>
      queryFilteredIds({ tagId, status, captureHash, listId, starred }, sort).then((ids) => {
        noteListRead();
        return ids;
      }),
    [tagId, status, captureHash, listId, starred, sort],
    // Until the full id list is read, the default order starts with the prefetched newest rows.
    unfiltered && sort === 'added' ? prefetchedNewestIds() : undefined,
  );
}

export function useAbstract(id: number | null): AbstractRow | null | undefined {
  return useLiveQuery(() => (id === null ? null : queryAbstract(id)), [id], prefetchedRow(id));
}

export function useSources(): SourceSummary[] | undefined {
  return useLiveQuery(() => querySources(), []);
}

export function useLibraryCount(): number | undefined {
  return useLiveQuery(() => queryLibraryCount(), []);
}

export function useCapture(hash: string | null): CaptureRow | null | undefined {
  return useLiveQuery(() => (hash === null ? null : queryCapture(hash)), [hash]);
}

/** The decoded text of the capture `hash`, joined from its stored pieces. */
export function useCaptureText(hash: string | null): string | null | undefined {
  return useLiveQuery(() => (hash === null ? null : readCaptureText(hash, db)), [hash]);
}

/** The captures among `hashes` (e.g. an abstract's "Also in"), in the order given. */
export function useCaptures(hashes: readonly string[]): CaptureRow[] | undefined {
  const key = hashes.join('\n');
  return useLiveQuery(() => queryCaptures(key === '' ? [] : key.split('\n')), [key]);
}

/** A capture's abstracts in page order (the reader's "On the same page"). */
export function useAbstractsInCapture(hash: string | null): AbstractRow[] | undefined {
  return useLiveQuery(() => (hash === null ? [] : queryAbstractsInCapture(hash)), [hash]);
}
