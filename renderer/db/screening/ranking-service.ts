import type { ScreeningOrder, ScreeningStage } from '../../../shared/screening/types';
import { screeningText } from '../../../shared/screening/benchmark-csv';
import { LECTERN_MODEL } from '../../../shared/screening/ranking/models';
import type { RankingModel } from '../../../shared/screening/ranking/model';
import { screeningOrder, type OrderResult } from '../../../shared/screening/ranking/screening-order';
import type { SparseMatrix } from '../../../shared/screening/ranking/sparse';
import { bulkGetAbstracts } from '../abstracts/records';
import type { LecternDB } from '../schema/database';
import { reviewRecordIds, stageDecisions } from './queries';

export interface RankRequest {
  reviewId: number;
  stage: ScreeningStage;
  order: ScreeningOrder;
  seed: number;
}

export type RankResult = OrderResult;

interface CachedFeatures {
  /** The record ids the matrix was built for, joined: a changed record set rebuilds it. */
  signature: string;
  matrix: SparseMatrix;
}

/**
 * The ranking worker's logic, free of Worker APIs so tests can drive it: reads a stage's records and decisions, keeps
 * each review stage's feature matrix (the costly part) until its records change, and retrains on every request.
 */
export class RankingService {
  private readonly features = new Map<string, CachedFeatures>();

  constructor(
    private readonly database: LecternDB,
    private readonly model: RankingModel = LECTERN_MODEL,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async rank(request: RankRequest): Promise<RankResult> {
    const [ids, decisions] = await Promise.all([
      reviewRecordIds(request.reviewId, request.stage, this.database),
      stageDecisions(request.reviewId, request.stage, this.database),
    ]);
    const sorted = [...ids].sort((a, b) => a - b);
    const matrix = request.order === 'ranked' && decisions.length > 0 ? await this.matrixFor(request, sorted) : null;
    return screeningOrder({
      ids: sorted,
      decisions,
      order: request.order,
      seed: request.seed,
      model: this.model,
      matrix: () => {
        if (matrix === null) throw new Error('The feature matrix was not built.');
        return matrix;
      },
      now: this.now,
    });
  }

  private async matrixFor(request: RankRequest, ids: readonly number[]): Promise<SparseMatrix> {
    const key = `${request.reviewId}:${request.stage}`;
    const signature = ids.join(',');
    const cached = this.features.get(key);
    if (cached?.signature === signature) return cached.matrix;
    const rows = await bulkGetAbstracts(ids, this.database);
    const matrix = this.model.features(rows.map((row) => screeningText(row?.title ?? '', row?.text ?? '')));
    this.features.set(key, { signature, matrix });
    return matrix;
  }
}
