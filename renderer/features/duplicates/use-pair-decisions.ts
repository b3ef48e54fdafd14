import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { NearDuplicatePair } from '../../../shared/identity/near-duplicates';
import { duplicateScanner } from '../../db/duplicates/duplicate-scanner';
import { mergeDuplicates } from '../../db/duplicates/merge';
import type { MergeChoices } from '../../db/duplicates/merge-fields';
import { markNotDuplicates } from '../../db/duplicates/not-duplicates';
import { useUndoable } from '../undo';

export interface PairDecisions {
  notDuplicates: (pair: NearDuplicatePair) => Promise<void>;
  /** Merges, reporting a failure to `reportFailure`; resolves whether it was done. */
  merge: (survivorId: number, loserId: number, choices: MergeChoices, reportFailure: (message: string) => void) => Promise<boolean>;
  /** Where each pair's Merge button is, to move focus there. */
  mergeButtons: RefObject<Map<string, HTMLButtonElement>>;
}

/**
 * The two decisions on a pair, each undoable with the app's Undo. A settled pair leaves the list at
 * once, and focus goes to the pair that took its place (or to `fallback` when none is left), never
 * back to the top of the page.
 */
export function usePairDecisions(
  pairs: readonly NearDuplicatePair[] | null,
  fallback: RefObject<HTMLElement | null>,
  /** True while a modal dialog is open: focus moves once it has closed. */
  dialogOpen: boolean,
): PairDecisions {
  const run = useUndoable();
  const mergeButtons = useRef(new Map<string, HTMLButtonElement>());
  const [focusAt, setFocusAt] = useState<number | null>(null);

  useEffect(() => {
    if (focusAt === null || pairs === null || dialogOpen) return;
    const next = pairs[Math.min(focusAt, pairs.length - 1)];
    const target = next === undefined ? fallback.current : mergeButtons.current.get(`${next.low}:${next.high}`);
    target?.focus();
    setFocusAt(null);
  }, [focusAt, pairs, fallback, dialogOpen]);

  const settle = useCallback((settled: (pair: NearDuplicatePair) => boolean) => {
    const scanner = duplicateScanner();
    const index = (scanner.getState().pairs ?? []).findIndex(settled);
    scanner.forget(settled);
    setFocusAt(Math.max(index, 0));
  }, []);

  const notDuplicates = useCallback(
    async (pair: NearDuplicatePair) => {
      if (await run('Marked as not duplicates', () => markNotDuplicates(pair.low, pair.high))) {
        settle((other) => other.low === pair.low && other.high === pair.high);
      }
    },
    [run, settle],
  );

  const merge = useCallback(
    async (survivorId: number, loserId: number, choices: MergeChoices, reportFailure: (message: string) => void) => {
      const done = await run('Merged duplicates', () => mergeDuplicates(survivorId, loserId, choices), reportFailure);
      if (done) settle((pair) => pair.low === loserId || pair.high === loserId);
      return done;
    },
    [run, settle],
  );

  return { notDuplicates, merge, mergeButtons };
}
