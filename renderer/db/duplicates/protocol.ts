import type { NearDuplicatePair } from '../../../shared/identity/near-duplicates';
import type { ScanProgress } from './scan';

/** Messages the page sends the duplicates worker. */
export interface ToDuplicatesWorker {
  type: 'scan';
  seq: number;
  databaseName: string;
}

/** Messages the duplicates worker sends the page, each about the scan `seq`. */
export type FromDuplicatesWorker =
  | { type: 'progress'; seq: number; progress: ScanProgress }
  | { type: 'pairs'; seq: number; pairs: NearDuplicatePair[] }
  | { type: 'failed'; seq: number; message: string };
