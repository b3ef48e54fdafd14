import { db as appDb, type LecternDB } from '../schema/database';
import type { DecisionRow, ReviewRecordRow, ReviewRow, ScreeningStage } from '../../../shared/screening/types';
import { decisionsOfReview, recordsOfReview } from './store';

/** Every review, by name (any case). */
export async function queryReviews(database: LecternDB = appDb): Promise<ReviewRow[]> {
  const reviews = await database.reviews.toArray();
  return reviews.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id - b.id);
}

export async function queryReview(id: number, database: LecternDB = appDb): Promise<ReviewRow | null> {
  return (await database.reviews.get(id)) ?? null;
}

/**
 * The abstracts screened at a stage, in abstract id order: at stage 1 every record of the review,
 * at stage 2 those whose stage-1 decision is an inclusion.
 */
export async function reviewRecordIds(reviewId: number, stage: ScreeningStage, database: LecternDB = appDb): Promise<number[]> {
  if (stage === 1) {
    const keys = await database.reviewRecords.where('[reviewId+abstractId]').between([reviewId, -Infinity], [reviewId, Infinity], true, true).primaryKeys();
    return keys.map(([, abstractId]) => abstractId);
  }
  return (await decisionsOfReview(database, reviewId, 1)).filter((decision) => decision.verdict === 'include').map((decision) => decision.abstractId);
}

/** A review's current decisions at a stage, in abstract id order. */
export function stageDecisions(reviewId: number, stage: ScreeningStage, database: LecternDB = appDb): Promise<DecisionRow[]> {
  return decisionsOfReview(database, reviewId, stage);
}

/** A review's records with their notes, in abstract id order. */
export function reviewRecords(reviewId: number, database: LecternDB = appDb): Promise<ReviewRecordRow[]> {
  return recordsOfReview(database, reviewId);
}

/** One record of a review (its note), or null when the abstract is not in it. */
export async function reviewRecord(reviewId: number, abstractId: number, database: LecternDB = appDb): Promise<ReviewRecordRow | null> {
  return (await database.reviewRecords.get([reviewId, abstractId])) ?? null;
}

/** The reviews an abstract belongs to, by name. */
export async function reviewsOfAbstract(abstractId: number, database: LecternDB = appDb): Promise<ReviewRow[]> {
  const reviewIds = (await database.reviewRecords.where('abstractId').equals(abstractId).toArray()).map((record) => record.reviewId);
  const reviews = (await database.reviews.bulkGet(reviewIds)).filter((review) => review !== undefined);
  return reviews.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}
