// What the PRISMA report reads: one review's criteria, records with where they were found, the file names, and its decisions.

import { useLiveQuery } from 'dexie-react-hooks';
import { includedStudyIds, prismaCounts } from '../../../shared/screening/prisma/counts';
import type { PrismaCounts, PrismaInput, PrismaRecord } from '../../../shared/screening/prisma/types';
import { db as appDb, type LecternDB } from '../schema/database';
import { decisionsOfReview, recordsOfReview } from './store';

export interface PrismaReport {
  reviewName: string;
  counts: PrismaCounts;
  /** The studies included at full text, for "Export included…". */
  includedIds: number[];
}

/**
 * The PRISMA input of a review, read in one transaction so the counts agree with each other; null
 * when there is no such review. Records whose abstract is gone are left out.
 */
function readReview(reviewId: number, database: LecternDB): Promise<{ name: string; input: PrismaInput } | null> {
  const tables = [database.reviews, database.reviewRecords, database.decisions, database.abstracts, database.captures];
  return database.transaction('r', tables, async () => {
    const review = await database.reviews.get(reviewId);
    if (review === undefined) return null;
    const [memberships, decisions] = await Promise.all([recordsOfReview(database, reviewId), decisionsOfReview(database, reviewId)]);
    const abstracts = await database.abstracts.bulkGet(memberships.map((membership) => membership.abstractId));
    const records: PrismaRecord[] = [];
    for (const abstract of abstracts) {
      if (abstract !== undefined) records.push({ abstractId: abstract.id, sources: abstract.sources.map(({ captureHash, start }) => ({ captureHash, start })) });
    }
    const hashes = [...new Set(records.flatMap((record) => record.sources.map((source) => source.captureHash)))];
    const captures = (await database.captures.bulkGet(hashes)).filter((capture) => capture !== undefined).map(({ hash, fileName }) => ({ hash, fileName }));
    return { name: review.name, input: { criteria: review.criteria, records, captures, decisions } };
  });
}

export async function prismaInput(reviewId: number, database: LecternDB = appDb): Promise<PrismaInput | null> {
  return (await readReview(reviewId, database))?.input ?? null;
}

export async function prismaReport(reviewId: number, database: LecternDB = appDb): Promise<PrismaReport | null> {
  const read = await readReview(reviewId, database);
  if (read === null) return null;
  return { reviewName: read.name, counts: prismaCounts(read.input), includedIds: includedStudyIds(read.input) };
}

/** The live PRISMA report of a review: recomputed on every decision; null when there is no such review, undefined while loading. */
export function usePrismaCounts(reviewId: number): PrismaReport | null | undefined {
  return useLiveQuery(() => prismaReport(reviewId), [reviewId]);
}
