import { describe, expect, it } from 'vitest';
import { includedStudyIds, MISSING_CAPTURE_NAME, NO_SOURCE_NAME, prismaCounts } from '../../../../../shared/screening/prisma/counts';
import type { PrismaInput } from '../../../../../shared/screening/prisma/types';
import type { DecisionRow } from '../../../../../shared/screening/types';

const at = (abstractId: number, stage: 1 | 2, verdict: DecisionRow['verdict'], decidedAt = 1, reason?: string): DecisionRow => ({
  uid: `d${abstractId}${stage}`.padEnd(32, '0'),
  reviewId: 1,
  abstractId,
  stage,
  verdict,
  decidedAt,
  order: 'random',
  ...(reason === undefined ? {} : { reason }),
});

const INPUT: PrismaInput = {
  criteria: [{ code: 'E1', kind: 'exclude', label: 'Wrong design' }],
  records: [
    // Two records of a.ris merged into one, also found in b.ris: a.ris 2, b.ris 1.
    { abstractId: 1, sources: [{ captureHash: 'a', start: 0 }, { captureHash: 'a', start: 500 }, { captureHash: 'b', start: 0 }] },
    { abstractId: 2, sources: [{ captureHash: 'gone', start: 0 }] },
    { abstractId: 3, sources: [] },
    { abstractId: 3, sources: [] },
  ],
  captures: [
    { hash: 'b', fileName: 'b.ris' },
    { hash: 'a', fileName: 'a.ris' },
  ],
  decisions: [at(1, 1, 'exclude', 1), at(1, 1, 'include', 2), at(2, 1, 'exclude', 1, 'E9'), at(3, 1, 'exclude', 1, 'E1'), at(1, 2, 'maybe')],
};

describe('prismaCounts', () => {
  const counts = prismaCounts(INPUT);

  it('counts a record once per place it was found, names files and the rest, and each record once', () => {
    expect(counts.identified.sources.map(({ name, count }) => [name, count])).toEqual([
      ['a.ris', 2],
      ['b.ris', 1],
      [MISSING_CAPTURE_NAME, 1],
      [NO_SOURCE_NAME, 1],
    ]);
    expect(counts.identified.total).toBe(5);
    expect(counts.duplicatesRemoved).toBe(2);
  });

  it('takes the latest decision of a record, and names a reason the review no longer has', () => {
    expect(counts.screening).toMatchObject({ total: 3, decided: 3, excluded: 2, maybe: 0, undecided: 0 });
    expect(counts.screening.reasons).toEqual([
      { code: 'E1', label: 'Wrong design', count: 1 },
      { code: 'E9', label: 'Criterion no longer in the review', count: 1 },
    ]);
    expect(counts.sought).toBe(1);
    expect(counts.eligibility).toMatchObject({ total: 1, decided: 0, excluded: 0, maybe: 1, undecided: 0 });
    expect(counts.included).toBe(0);
    expect(includedStudyIds(INPUT)).toEqual([]);
  });

  it('is all zeros for an empty review', () => {
    const empty = prismaCounts({ criteria: [], records: [], captures: [], decisions: [] });
    expect(empty.identified).toEqual({ sources: [], total: 0 });
    expect([empty.duplicatesRemoved, empty.screening.decided, empty.sought, empty.eligibility.decided, empty.included]).toEqual([0, 0, 0, 0, 0]);
  });
});
