import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DecisionRow, ReviewRow, ScreeningStage } from '../../../shared/screening/types';
import { rankRecords, type RankEstimate } from './screening-data';
import {
  afterDecision,
  currentRecord,
  move,
  rerank,
  showRecord,
  startQueue,
  type ScreeningQueue,
} from './screening-queue';

export interface QueueControls {
  /** null until the first ranking answers (or fails). */
  queue: ScreeningQueue | null;
  current: number | null;
  /** undefined until a ranking answers; null when there are too few decisions to estimate. */
  estimate: RankEstimate | null | undefined;
  /** Moves on at once after a decision on the record shown, without waiting for the write or the ranking. */
  decided: (abstractId: number) => void;
  move: (delta: -1 | 1) => void;
  show: (abstractId: number) => void;
}

const FIRST_RANKING_WAIT_MS = 1500;

/** Something that changes whenever a decision is made, changed or undone, cheaper to compare than the rows. */
function decisionsSignature(decisions: readonly DecisionRow[]): string {
  let latest = 0;
  let sum = 0;
  for (const decision of decisions) {
    latest = Math.max(latest, decision.decidedAt);
    sum +=
      decision.abstractId * (decision.verdict === 'include' ? 3 : decision.verdict === 'exclude' ? 5 : 7);
  }
  return `${decisions.length}:${latest}:${sum}`;
}

/**
 * The screening queue of one review stage: it starts from the first ranking, moves on at once after
 * each decision, and asks the ranking worker again whenever the decisions change. A ranking only
 * reorders the records not yet shown; an answer outdated by a newer question is dropped.
 */
export function useScreeningQueue(
  review: ReviewRow | undefined,
  stage: ScreeningStage,
  recordIds: readonly number[] | undefined,
  decisions: readonly DecisionRow[] | undefined,
): QueueControls {
  const [queue, setQueue] = useState<ScreeningQueue | null>(null);
  const started = useRef(false);
  const [estimate, setEstimate] = useState<RankEstimate | null | undefined>(undefined);
  const decidedIds = useMemo(
    () => new Set((decisions ?? []).map((decision) => decision.abstractId)),
    [decisions],
  );
  // Decisions made here count at once, before the live query brings them back; an undo takes one out.
  const justDecided = useRef(new Set<number>());
  const decidedRef = useRef(decidedIds);
  decidedRef.current = new Set([...decidedIds, ...justDecided.current]);
  const latest = useRef({ recordIds, decisions });
  latest.current = { recordIds, decisions };

  const reviewId = review?.id;
  const order = review?.order;
  const seed = review?.seed;
  const ready = recordIds !== undefined && decisions !== undefined;
  const signature = `${decisions === undefined ? '' : decisionsSignature(decisions)}|${recordIds?.length ?? ''}`;

  useEffect(() => {
    if (reviewId === undefined || order === undefined || seed === undefined || !ready) return;
    let outdated = false;
    const begin = (ranked: readonly number[]): void => {
      started.current = true;
      window.clearTimeout(fallback);
      setQueue((previous) => {
        const { recordIds: ids = [], decisions: rows = [] } = latest.current;
        return previous === null
          ? startQueue(rows, ids, ranked)
          : rerank(previous, ranked, ids, decidedRef.current);
      });
    };
    // A first ranking that is slow (a large review's features being built) does not keep the user waiting: the
    // records start in the review's order, and the ranking reorders the rest when it comes.
    const fallback = started.current
      ? undefined
      : window.setTimeout(() => begin(latest.current.recordIds ?? []), FIRST_RANKING_WAIT_MS);
    rankRecords({ reviewId, stage, order, seed }).then(
      (result) => {
        if (outdated) return;
        setEstimate(result.estimate);
        begin(result.order);
      },
      () => {
        // Without a ranking the records still come, in the order the review holds them.
        if (!outdated) begin(latest.current.recordIds ?? []);
      },
    );
    return () => {
      outdated = true;
      window.clearTimeout(fallback);
    };
  }, [reviewId, stage, order, seed, ready, signature]);

  const decided = useCallback((abstractId: number) => {
    justDecided.current.add(abstractId);
    const now = new Set([...decidedRef.current, abstractId]);
    setQueue((previous) => (previous === null ? previous : afterDecision(previous, now)));
  }, []);
  const moveBy = useCallback(
    (delta: -1 | 1) =>
      setQueue((previous) => (previous === null ? previous : move(previous, delta, decidedRef.current))),
    [],
  );
  const show = useCallback((abstractId: number) => {
    justDecided.current.delete(abstractId);
    setQueue((previous) => (previous === null ? previous : showRecord(previous, abstractId)));
  }, []);

  return {
    queue,
    current: queue === null ? null : currentRecord(queue),
    estimate,
    decided,
    move: moveBy,
    show,
  };
}
