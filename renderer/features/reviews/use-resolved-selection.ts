import { useEffect, useState } from 'react';
import { resolveSelection } from '../../db/screening/selection';
import type { RecordSelection } from '../../../shared/screening/types';

/** A typed search waits this long after the last keystroke before it is counted. */
const SEARCH_PAUSE_MS = 250;

export type ResolvedSelection = { state: 'none' } | { state: 'counting' } | { state: 'done'; ids: number[] } | { state: 'failed'; message: string };

/** The abstracts a selection names, looked up again whenever it changes; a later selection's answer always wins. */
export function useResolvedSelection(selection: RecordSelection | null): ResolvedSelection {
  const [resolved, setResolved] = useState<ResolvedSelection>({ state: 'none' });
  const key = selection === null ? '' : JSON.stringify(selection);
  useEffect(() => {
    if (key === '') {
      setResolved({ state: 'none' });
      return undefined;
    }
    const parsed = JSON.parse(key) as RecordSelection;
    let current = true;
    setResolved({ state: 'counting' });
    const timer = window.setTimeout(
      () => {
        resolveSelection(parsed).then(
          (ids) => {
            if (current) setResolved({ state: 'done', ids });
          },
          (error: unknown) => {
            if (current) setResolved({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
          },
        );
      },
      parsed.kind === 'search' ? SEARCH_PAUSE_MS : 0,
    );
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key]);
  return resolved;
}
