import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import type { SearchService } from '../../../../../renderer/db/search/search-service';
import { createReview } from '../../../../../renderer/db/screening/reviews';
import { decide } from '../../../../../renderer/db/screening/decisions';
import type { Criterion } from '../../../../../shared/screening/types';
import { freshDatabase } from '../fixtures';
import { importPapers, startService, type PaperName } from './search-fixtures';

let database: LecternDB;
let service: SearchService;
let ids: Record<PaperName, number>;

const CRITERIA: Criterion[] = [
  { code: 'E1', kind: 'exclude', label: 'Not about rates' },
  { code: 'Wrong-design', kind: 'exclude', label: 'Wrong design' },
];

function review(name: string, records: number[]): Promise<{ id: number }> {
  return createReview({ name, question: '', criteria: CRITERIA, includeKeywords: [], excludeKeywords: [], selections: [{ kind: 'library' }] }, records, database);
}

/**
 * Two reviews. "Learning rates": cyclical included at stage 1 then excluded (Wrong-design) at full
 * text; mentionsCyclical included at both; tropical excluded (E1); kernel maybe. "Rates, second
 * look": kernel included, tropical not decided.
 */
beforeEach(async () => {
  database = freshDatabase();
  ids = await importPapers(database);
  const first = await review('Learning rates', [ids.cyclical, ids.mentionsCyclical, ids.tropical, ids.kernel]);
  const second = await review('Rates, second look', [ids.kernel, ids.tropical]);
  const at = (abstractId: number, verdict: 'include' | 'exclude' | 'maybe', stage: 1 | 2 = 1, reason?: string, reviewId = first.id) =>
    decide({ reviewId, abstractId, stage, verdict, order: 'ranked', ...(reason === undefined ? {} : { reason }) }, database);
  await at(ids.cyclical, 'include');
  await at(ids.cyclical, 'exclude', 2, 'wrong-design');
  await at(ids.mentionsCyclical, 'include');
  await at(ids.mentionsCyclical, 'include', 2);
  await at(ids.tropical, 'exclude', 1, 'E1');
  await at(ids.kernel, 'maybe');
  await at(ids.kernel, 'include', 1, undefined, second.id);
  ({ service } = await startService(database));
});

afterEach(() => service.stop());

const found = async (query: string): Promise<number[]> => [...(await service.query(query)).ids].sort((a, b) => a - b);
const sorted = (...values: number[]): number[] => values.sort((a, b) => a - b);

describe('screening operators', () => {
  it('review: finds a review by its exact name in any case, else by part of it', async () => {
    expect(await found('review:"learning rates"')).toEqual(sorted(ids.cyclical, ids.mentionsCyclical, ids.tropical, ids.kernel));
    expect(await found('review:second')).toEqual(sorted(ids.kernel, ids.tropical));
    expect(await found('review:rates')).toEqual(sorted(ids.cyclical, ids.mentionsCyclical, ids.tropical, ids.kernel));
    expect(await found('review:nothing')).toEqual([]);
    expect(await found('-review:second')).toEqual(sorted(ids.cyclical, ids.mentionsCyclical));
  });

  it('is: reads the verdict at the latest decided stage, in every review unless review: names some', async () => {
    expect(await found('is:included')).toEqual(sorted(ids.mentionsCyclical, ids.kernel));
    expect(await found('is:excluded')).toEqual(sorted(ids.cyclical, ids.tropical));
    expect(await found('is:maybe')).toEqual([ids.kernel]);
    expect(await found('is:included review:"learning rates"')).toEqual([ids.mentionsCyclical]);
    expect(await found('review:second is:maybe')).toEqual([]);
    expect(await found('review:"learning rates" -is:excluded')).toEqual(sorted(ids.mentionsCyclical, ids.kernel));
    expect(await found('is:included review:nothing')).toEqual([]);
  });

  it('reason: matches the code in any case, scoped like is:, and joins with words', async () => {
    expect(await found('reason:WRONG-DESIGN')).toEqual([ids.cyclical]);
    expect(await found('reason:e1')).toEqual([ids.tropical]);
    expect(await found('reason:e1 review:second')).toEqual([]);
    expect(await found('reason:e2')).toEqual([]);
    expect(await found('cyclical is:excluded')).toEqual([ids.cyclical]);
  });

  it('follows new decisions', async () => {
    const [reviewRow] = await database.reviews.where('name').equals('Learning rates').toArray();
    expect(await found('is:maybe review:"learning rates"')).toEqual([ids.kernel]);
    await decide({ reviewId: reviewRow?.id ?? -1, abstractId: ids.kernel, stage: 1, verdict: 'exclude', reason: 'E1', order: 'ranked' }, database);
    await vi.waitFor(async () => expect(await found('reason:e1 review:"learning rates"')).toEqual(sorted(ids.tropical, ids.kernel)), { timeout: 3000, interval: 20 });
    expect(await found('is:maybe review:"learning rates"')).toEqual([]);
  });
});
