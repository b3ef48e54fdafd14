import { db } from '../../../renderer/db/schema/database';
import { decide } from '../../../renderer/db/screening/decisions';
import { rankRecords } from '../../../renderer/db/screening/rank-client';
import { createReview, deleteReview } from '../../../renderer/db/screening/reviews';
import type { ScreeningBenchApi, ScreeningFigures } from '../bench-api';

declare global {
  interface Window {
    lecternScreeningBench?: ScreeningBenchApi;
  }
}

const SEED = 11;

/** Every tenth decision is an inclusion, so the model has both classes from the start. */
const verdictAt = (index: number): 'include' | 'exclude' => (index % 10 === 0 ? 'include' : 'exclude');

async function retrain(decisions: number, runs: number): Promise<ScreeningFigures> {
  const ids = (await db.abstracts.orderBy(':id').primaryKeys()).map(Number);
  const { id: reviewId } = await createReview(
    { name: 'Bench review', question: 'Which?', criteria: [], includeKeywords: [], excludeKeywords: [], selections: [{ kind: 'library' }], seed: SEED },
    ids,
  );
  try {
    let decidedAt = 1;
    const decideNext = async (abstractId: number, index: number): Promise<void> => {
      await decide({ reviewId, abstractId, stage: 1, verdict: verdictAt(index), order: 'ranked', decidedAt: decidedAt++ });
    };
    for (const [index, id] of ids.slice(0, decisions).entries()) await decideNext(id, index);
    const request = { reviewId, stage: 1 as const, order: 'ranked' as const, seed: SEED };
    const firstStarted = performance.now();
    let ranked = await rankRecords(request);
    const firstRankMs = performance.now() - firstStarted;
    const trainMs: number[] = [];
    const roundTripMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      // As in screening mode: decide the record the ranking offered, then ask for the next ranking.
      await decideNext(ranked.order[0] ?? 0, decisions + run);
      const started = performance.now();
      ranked = await rankRecords(request);
      roundTripMs.push(performance.now() - started);
      trainMs.push(ranked.trainMs);
    }
    return { records: ids.length, decisions: decisions + runs, firstRankMs, trainMs, roundTripMs };
  } finally {
    await deleteReview(reviewId);
  }
}

export function exposeScreeningBench(): void {
  window.lecternScreeningBench = { retrain };
}
