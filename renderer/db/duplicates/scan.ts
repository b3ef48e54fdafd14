import { findNearDuplicates, type NearDuplicatePair } from '../../../shared/identity/near-duplicates';
import type { LecternDB } from '../schema/database';
import { readDuplicateCandidates } from './candidates';
import { notDuplicatePairs } from './not-duplicates';

/** Where a scan is: reading the library's titles, then comparing them. */
export interface ScanProgress {
  phase: 'reading' | 'comparing';
  done: number;
  total: number;
}

/** The library's possible duplicates, best first, leaving out pairs marked Not duplicates. */
export async function scanForDuplicates(database: LecternDB, onProgress?: (progress: ScanProgress) => void): Promise<NearDuplicatePair[]> {
  const candidates = await readDuplicateCandidates(database, (done, total) => onProgress?.({ phase: 'reading', done, total }));
  const notDuplicates = await notDuplicatePairs(database);
  return findNearDuplicates(candidates, { notDuplicates, onProgress: (done, total) => onProgress?.({ phase: 'comparing', done, total }) });
}
