import { useEffect, useState, useSyncExternalStore } from 'react';
import { searchClient } from '../../db/search/search-client';
import type { IndexStatus, SearchOutcome } from '../../../shared/search/types';

export type { IndexStatus, QueryError, SearchOutcome } from '../../../shared/search/types';

/** Runs one query in the search worker. */
export function searchOnce(query: string): Promise<SearchOutcome> {
  return searchClient().query(query);
}

function subscribe(listener: () => void): () => void {
  return searchClient().subscribe(listener);
}

function useIndexGeneration(): number {
  return useSyncExternalStore(subscribe, () => searchClient().generation());
}

/**
 * The live result of `query`: null for an empty query, the previous result while a new one is
 * on its way (typing never waits), and a fresh run whenever the index changes. A response to an
 * older query than the latest is dropped.
 */
export function useSearch(query: string): SearchOutcome | null {
  const generation = useIndexGeneration();
  const [answer, setAnswer] = useState<{ query: string; outcome: SearchOutcome } | null>(null);
  const empty = query.trim() === '';
  useEffect(() => {
    if (empty) return;
    let current = true;
    void searchOnce(query).then((outcome) => {
      if (current) setAnswer({ query, outcome });
    });
    return () => {
      current = false;
    };
  }, [query, empty, generation]);
  if (empty) return null;
  return answer?.outcome ?? null;
}

/** Builds the search index afresh in the worker, the old one answering meanwhile (after the saved one was discarded). */
export function rebuildSearchIndex(): void {
  searchClient().rebuild();
}

/** Whether the index is ready, loading from IndexedDB, or being built (with progress). */
export function useIndexStatus(): IndexStatus {
  return useSyncExternalStore(subscribe, () => searchClient().status());
}
