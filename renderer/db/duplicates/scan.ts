import { findWidePairs, judgePairs, type NearDuplicatePair } from '../../../shared/identity/near-duplicates';
import type { LecternDB } from '../schema/database';
import { readKeyCandidates, readRecordCandidates } from './candidates';
import { notDuplicatePairs } from './not-duplicates';

/** Where a scan is: reading the library's titles, then comparing them. */
export interface ScanProgress {
  phase: 'reading' | 'comparing';
  done: number;
  total: number;
}

/**
 * The library's possible duplicates, best first, leaving out pairs marked Not duplicates. The wide
 * pass reads only the indexed keys of every abstract; the close pass reads whole rows (never texts)
 * of the few abstracts in pairs that pass it.
 */
export async function scanForDuplicates(database: LecternDB, onProgress?: (progress: ScanProgress) => void): Promise<NearDuplicatePair[]> {
  const keys = await readKeyCandidates(database, (done, total) => onProgress?.({ phase: 'reading', done, total }));
  const wide = findWidePairs(keys, { onProgress: (done, total) => onProgress?.({ phase: 'comparing', done, total }) });
  const records = await readRecordCandidates(database, [...new Set(wide.pairs.flat())]);
  return judgePairs(records, wide, await notDuplicatePairs(database));
}
