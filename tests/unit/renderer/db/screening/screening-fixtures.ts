import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { importFiles } from '../../../../../renderer/db/import/import';
import { createReview, type NewReview } from '../../../../../renderer/db/screening/reviews';
import { freshDatabase, handBuiltFile, snapshot } from '../fixtures';
import { GRADIENT_ABSTRACT, KERNEL_ABSTRACT, SPECTRAL_ABSTRACT } from '../samples';

export const REVIEW_INPUT: NewReview = {
  name: 'Descent methods',
  question: 'Does gradient descent find low-rank solutions?',
  criteria: [
    { code: 'I1', kind: 'include', label: 'Studies gradient descent' },
    { code: 'E1', kind: 'exclude', label: 'Wrong topic' },
    { code: 'E2', kind: 'exclude', label: 'No analysis' },
  ],
  includeKeywords: ['gradient', 'low-rank'],
  excludeKeywords: ['graph'],
  selections: [{ kind: 'library' }],
  seed: 7,
};

/** A library of four abstracts and a review holding the first three. */
export async function libraryWithReview(): Promise<{ database: LecternDB; reviewId: number; ids: [number, number, number, number] }> {
  const database = freshDatabase();
  await importFiles(
    [
      await handBuiltFile('page.txt', [
        { text: GRADIENT_ABSTRACT, title: 'Gradient descent stays near a low-rank manifold', year: 2019 },
        { text: SPECTRAL_ABSTRACT, title: 'Spectral detection in sparse graphs', year: 2020 },
        { text: KERNEL_ABSTRACT, title: 'Multiple descent in kernel regression', year: 2021 },
        { text: 'A fourth abstract about nothing in particular, outside the review.', title: 'Outside', year: 2022 },
      ]),
    ],
    database,
  );
  const ids = (await database.abstracts.orderBy(':id').primaryKeys()) as [number, number, number, number];
  const { id } = await createReview(REVIEW_INPUT, ids.slice(0, 3), database);
  return { database, reviewId: id, ids };
}

/** The screening tables' rows, to compare before and after a write. */
export async function screeningRows(database: LecternDB): Promise<Record<string, unknown[]>> {
  const all = await snapshot(database);
  return { reviews: all['reviews'] ?? [], reviewRecords: all['reviewRecords'] ?? [], decisions: all['decisions'] ?? [] };
}
