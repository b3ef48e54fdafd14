import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { allAbstracts } from '../../../../../renderer/db/abstracts/records';
import { importFiles } from '../../../../../renderer/db/import/import';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { prismaReport, type PrismaReport } from '../../../../../renderer/db/screening/prisma-input';
import type { Criterion, DecisionRow, ScreeningStage, Verdict } from '../../../../../shared/screening/types';
import { freshDatabase, handBuiltFile } from '../fixtures';
import { randomUid } from '../../../../../shared/sync/uids';

const CRITERIA: Criterion[] = [
  { code: 'I1', kind: 'include', label: 'Adults with depression' },
  { code: 'E1', kind: 'exclude', label: 'Wrong population' },
  { code: 'E2', kind: 'exclude', label: 'Not an RCT' },
];

const text = (topic: string): string => `We report a trial of ${topic} in a cohort of adults, with outcomes measured after twelve weeks of follow-up.`;
const TOPICS = { p1: 'running', p2: 'swimming', p3: 'yoga', p4: 'cycling', p5: 'rowing', p6: 'dancing', s1: 'climbing', s2: 'walking' };

let database: LecternDB;
let ids: Record<keyof typeof TOPICS, number>;
let report: PrismaReport | null;

function decision(abstractId: number, stage: ScreeningStage, verdict: Verdict, reason?: string, reviewId = 1): DecisionRow {
  return { uid: randomUid(), reviewId, abstractId, stage, verdict, decidedAt: 1_700_000_000_000 + abstractId, order: 'ranked', ...(reason === undefined ? {} : { reason }) };
}

/**
 * PubMed holds p1–p6; Scopus holds p1 and p2 again (merged into the same abstracts on import), s1
 * and s2. The review takes everything but s2, so: PubMed 6, Scopus 3, identified 9, records 7.
 */
beforeAll(async () => {
  database = freshDatabase();
  const pubmed = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'] as const;
  const scopus = ['p1', 'p2', 's1', 's2'] as const;
  await importFiles([await handBuiltFile('pubmed.txt', pubmed.map((key) => ({ text: text(TOPICS[key]) })))], database);
  await importFiles([await handBuiltFile('scopus.txt', scopus.map((key) => ({ text: text(TOPICS[key]) })))], database);
  const rows = await allAbstracts(database);
  const idOf = (key: keyof typeof TOPICS): number => {
    const row = rows.find((candidate) => candidate.text.includes(` ${TOPICS[key]} `));
    if (row === undefined) throw new Error(`no abstract for ${key}`);
    return row.id;
  };
  ids = Object.fromEntries(Object.keys(TOPICS).map((key) => [key, idOf(key as keyof typeof TOPICS)])) as Record<keyof typeof TOPICS, number>;
  const inReview = [ids.p1, ids.p2, ids.p3, ids.p4, ids.p5, ids.p6, ids.s1];
  const now = Date.now();
  await database.reviews.bulkAdd([
    { uid: randomUid(), name: 'Exercise for depression', question: 'Does exercise help?', criteria: CRITERIA, includeKeywords: [], excludeKeywords: [], order: 'ranked', seed: 1, selections: [{ kind: 'library' }], createdAt: now, updatedAt: now },
    { uid: randomUid(), name: 'Another review', question: '', criteria: CRITERIA, includeKeywords: [], excludeKeywords: [], order: 'random', seed: 2, selections: [{ kind: 'library' }], createdAt: now, updatedAt: now },
  ]);
  await database.reviewRecords.bulkAdd([
    ...inReview.map((abstractId) => ({ reviewId: 1, abstractId, addedAt: now })),
    { reviewId: 2, abstractId: ids.s2, addedAt: now },
  ]);
  await database.decisions.bulkAdd([
    decision(ids.p1, 1, 'include'),
    decision(ids.p2, 1, 'include'),
    decision(ids.p3, 1, 'include'),
    decision(ids.p4, 1, 'exclude', 'E1'),
    decision(ids.p5, 1, 'exclude'),
    decision(ids.s1, 1, 'maybe'),
    // p6 is never screened.
    decision(ids.p1, 2, 'include'),
    decision(ids.p2, 2, 'exclude', 'E2'),
    // A full-text decision on a record excluded at stage 1 (the user changed their mind) does not count.
    decision(ids.p4, 2, 'include'),
    // Another review's decisions do not count.
    decision(ids.s2, 1, 'include', undefined, 2),
    decision(ids.s2, 2, 'include', undefined, 2),
  ]);
  report = await prismaReport(1, database);
});

describe('the PRISMA counts of a hand-built review', () => {
  it('finds the merged records in both files', async () => {
    const rows = await allAbstracts(database);
    expect(rows).toHaveLength(8);
    expect(rows.find((row) => row.id === ids.p1)?.captureHashes).toHaveLength(2);
  });

  it('counts the records identified per file and the duplicates merged away', () => {
    expect(report?.reviewName).toBe('Exercise for depression');
    const identified = report?.counts.identified;
    expect(identified?.sources.map(({ name, count }) => [name, count])).toEqual([
      ['pubmed.txt', 6],
      ['scopus.txt', 3],
    ]);
    expect(identified?.total).toBe(9);
    expect(report?.counts.duplicatesRemoved).toBe(2);
  });

  it('counts stage 1: screened, excluded by reason, and what is still waiting', () => {
    expect(report?.counts.screening).toEqual({
      total: 7,
      decided: 5,
      excluded: 2,
      reasons: [
        { code: 'E1', label: 'Wrong population', count: 1 },
        { code: null, label: 'No reason given', count: 1 },
      ],
      maybe: 1,
      undecided: 1,
    });
  });

  it('counts the reports sought, assessed, excluded with reasons, and the studies included', () => {
    const counts = report?.counts;
    expect(counts?.sought).toBe(3);
    expect(counts?.notRetrieved).toBe(0);
    expect(counts?.eligibility).toEqual({ total: 3, decided: 2, excluded: 1, reasons: [{ code: 'E2', label: 'Not an RCT', count: 1 }], maybe: 0, undecided: 1 });
    expect(counts?.included).toBe(1);
    expect(report?.includedIds).toEqual([ids.p1]);
  });

  it('follows a new decision and a removed abstract', async () => {
    await database.decisions.put(decision(ids.p3, 2, 'include'));
    await database.abstracts.delete(ids.p6);
    const after = await prismaReport(1, database);
    expect(after?.counts.included).toBe(2);
    expect(after?.includedIds.sort((a, b) => a - b)).toEqual([ids.p1, ids.p3].sort((a, b) => a - b));
    expect(after?.counts.identified.total).toBe(8);
    expect(after?.counts.screening.undecided).toBe(0);
  });

  it('is null for a review that does not exist', async () => {
    expect(await prismaReport(99, database)).toBeNull();
  });
});
