import { describe, expect, it } from 'vitest';
import { prismaFile } from '../../../../renderer/features/prisma/prisma-files';
import { includedScopeChoice } from '../../../../renderer/features/prisma/included-scope';
import { COUNTS } from '../../support/prisma-counts';

const report = { reviewName: 'Exercise & Depression: 2024 update!', counts: COUNTS, includedIds: [4, 9] };
const day = new Date(2026, 0, 7, 23, 30);

describe('the PRISMA files and the included-studies scope', () => {
  it('names the files prisma-<review-slug>-YYYY-MM-DD in local time', () => {
    const svg = prismaFile(report, 'svg', day);
    const csv = prismaFile(report, 'csv', day);
    expect(svg).toMatchObject({ kind: 'file', name: 'prisma-exercise-depression-2024-update-2026-01-07.svg', mime: 'image/svg+xml' });
    expect(csv).toMatchObject({ kind: 'file', name: 'prisma-exercise-depression-2024-update-2026-01-07.csv', mime: 'text/csv' });
    expect(prismaFile({ ...report, reviewName: '¿¿??' }, 'csv', day).name).toBe('prisma-review-2026-01-07.csv');
  });

  it('offers the included studies, by count, as a fixed set of ids', () => {
    expect(includedScopeChoice(report.reviewName, report.includedIds)).toEqual({
      key: 'included',
      label: 'Included studies (2)',
      scope: { kind: 'view', ids: [4, 9], title: 'Included studies: Exercise & Depression: 2024 update!', live: null },
      slug: 'included-exercise-depression-2024-update',
    });
  });
});
