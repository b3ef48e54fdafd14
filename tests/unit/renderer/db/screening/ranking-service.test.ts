import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../../renderer/db/import/import';
import { RankingService } from '../../../../../renderer/db/screening/ranking-service';
import { createReview } from '../../../../../renderer/db/screening/reviews';
import { addRecords } from '../../../../../renderer/db/screening/records';
import { decide } from '../../../../../renderer/db/screening/decisions';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { ASREVIEW_DEFAULT } from '../../../../../shared/screening/ranking/asreview-default';
import { LECTERN_MODEL } from '../../../../../shared/screening/ranking/models';
import type { RankingModel } from '../../../../../shared/screening/ranking/model';
import type { Verdict } from '../../../../../shared/screening/types';
import { freshDatabase, handBuiltFile } from '../fixtures';
import { REVIEW_INPUT } from './screening-fixtures';

const DESCENT = [
  'Gradient descent on overparameterised networks converges to low-rank solutions of the loss.',
  'Stochastic gradient descent with momentum finds low-rank minima in matrix factorisation.',
  'Implicit bias of gradient descent towards low-rank matrices in deep linear networks.',
  'Gradient flow and the low-rank structure of learned weight matrices.',
];
const GRAPHS = [
  'Spectral community detection in sparse random graphs with planted partitions.',
  'Graph colouring heuristics for sparse random graphs near the threshold.',
  'Random walks on expander graphs and their spectral gap.',
  'Percolation thresholds in sparse random graphs with community structure.',
];

/** Eight abstracts in id order: descent, graph, descent, graph, …; and a review holding them all. */
async function reviewOfEight(): Promise<{ database: LecternDB; reviewId: number; descent: number[]; graphs: number[]; ids: number[] }> {
  const database = freshDatabase();
  const specs = DESCENT.flatMap((text, i) => [
    { text, title: `Descent study ${i + 1}`, year: 2010 + i },
    { text: GRAPHS[i] ?? '', title: `Graph study ${i + 1}`, year: 2010 + i },
  ]);
  await importFiles([await handBuiltFile('eight.txt', specs)], database);
  const ids = (await database.abstracts.orderBy(':id').primaryKeys()).map(Number);
  const { id } = await createReview(REVIEW_INPUT, ids, database);
  return { database, reviewId: id, ids, descent: ids.filter((_, i) => i % 2 === 0), graphs: ids.filter((_, i) => i % 2 === 1) };
}

async function screen(database: LecternDB, reviewId: number, abstractId: number, verdict: Verdict, decidedAt: number, stage: 1 | 2 = 1): Promise<void> {
  await decide({ reviewId, abstractId, stage, verdict, order: 'ranked', decidedAt }, database);
}

/** Counts how often the model builds features, to see the cache at work. */
function counting(model: RankingModel): { model: RankingModel; builds: () => number } {
  let builds = 0;
  return {
    model: { ...model, features: (texts) => ((builds += 1), model.features(texts)) },
    builds: () => builds,
  };
}

describe('RankingService', () => {
  for (const model of [LECTERN_MODEL, ASREVIEW_DEFAULT]) {
    it(`${model.name}: offers the records like the inclusion before those like the exclusion, screened ones left out`, async () => {
      const { database, reviewId, descent, graphs } = await reviewOfEight();
      await screen(database, reviewId, descent[0] ?? 0, 'include', 1);
      await screen(database, reviewId, graphs[0] ?? 0, 'exclude', 2);
      const result = await new RankingService(database, model).rank({ reviewId, stage: 1, order: 'ranked', seed: 7 });
      expect(result.order).toHaveLength(6);
      expect(result.order.slice(0, 3).sort()).toEqual(descent.slice(1).sort());
      expect(result.order.slice(3).sort()).toEqual(graphs.slice(1).sort());
      expect(result.estimate).toBeNull();
      expect(result.trainMs).toBeGreaterThanOrEqual(0);
    });
  }

  it('counts a maybe as screened without learning from it', async () => {
    const { database, reviewId, descent, graphs } = await reviewOfEight();
    await screen(database, reviewId, descent[0] ?? 0, 'include', 1);
    await screen(database, reviewId, graphs[0] ?? 0, 'exclude', 2);
    await screen(database, reviewId, descent[1] ?? 0, 'maybe', 3);
    const result = await new RankingService(database).rank({ reviewId, stage: 1, order: 'ranked', seed: 7 });
    expect(result.order).not.toContain(descent[1]);
    expect(result.order.slice(0, 2).sort()).toEqual(descent.slice(2).sort());
  });

  it('offers oldest first by ascending abstract id, and random order stable as records are screened', async () => {
    const { database, reviewId, ids } = await reviewOfEight();
    const service = new RankingService(database);
    await screen(database, reviewId, ids[3] ?? 0, 'exclude', 1);
    expect((await service.rank({ reviewId, stage: 1, order: 'oldest', seed: 7 })).order).toEqual(ids.filter((_, i) => i !== 3));
    const random = (await service.rank({ reviewId, stage: 1, order: 'random', seed: 7 })).order;
    expect([...random].sort((a, b) => a - b)).toEqual(ids.filter((_, i) => i !== 3));
    expect((await service.rank({ reviewId, stage: 1, order: 'random', seed: 7 })).order).toEqual(random);
    const next = random[0] ?? 0;
    await screen(database, reviewId, next, 'include', 2);
    expect((await service.rank({ reviewId, stage: 1, order: 'random', seed: 7 })).order).toEqual(random.slice(1));
    expect((await service.rank({ reviewId, stage: 1, order: 'random', seed: 8 })).order).not.toEqual(random.slice(1));
  });

  it('ranks stage 2 among the stage-1 inclusions only, from the stage-2 decisions', async () => {
    const { database, reviewId, descent, graphs } = await reviewOfEight();
    for (const [at, id] of [...descent.slice(0, 3), graphs[0] ?? 0].entries()) await screen(database, reviewId, id, 'include', at + 1);
    await screen(database, reviewId, descent[0] ?? 0, 'include', 10, 2);
    const result = await new RankingService(database).rank({ reviewId, stage: 2, order: 'ranked', seed: 7 });
    expect([...result.order].sort()).toEqual([descent[1], descent[2], graphs[0]].sort());
    expect(result.order.at(-1)).toBe(graphs[0]);
  });

  it('builds the features once per review stage, and again when its records change', async () => {
    const { database, descent, graphs, ids } = await reviewOfEight();
    const { id: reviewId } = await createReview({ ...REVIEW_INPUT, name: 'Six first' }, ids.slice(0, 6), database);
    const spy = counting(LECTERN_MODEL);
    const service = new RankingService(database, spy.model);
    await screen(database, reviewId, descent[0] ?? 0, 'include', 1);
    await screen(database, reviewId, graphs[0] ?? 0, 'exclude', 2);
    await service.rank({ reviewId, stage: 1, order: 'ranked', seed: 7 });
    await screen(database, reviewId, descent[1] ?? 0, 'include', 3);
    expect((await service.rank({ reviewId, stage: 1, order: 'ranked', seed: 7 })).order).toHaveLength(3);
    expect(spy.builds()).toBe(1);
    await addRecords(reviewId, ids.slice(6), database);
    const grown = await service.rank({ reviewId, stage: 1, order: 'ranked', seed: 7 });
    expect(spy.builds()).toBe(2);
    expect(grown.order).toHaveLength(5);
    expect(grown.order.slice(0, 2).sort()).toEqual([descent[2], descent[3]].sort());
  });
});
