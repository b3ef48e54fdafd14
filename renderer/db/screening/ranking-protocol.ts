import type { RankRequest, RankResult } from './ranking-service';

/** Messages the page sends the ranking worker. */
export interface ToRankingWorker {
  seq: number;
  databaseName: string;
  request: RankRequest;
}

/** The worker's answer to request `seq`. */
export type FromRankingWorker = { seq: number; ok: true; result: RankResult } | { seq: number; ok: false; error: string };
