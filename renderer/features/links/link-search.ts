import { findTitles } from '../../db/titles/title-index';
import type { LecternDB } from '../../db/schema/database';
import type { LinkCandidate } from '../../db/links/candidates';

export const SEARCH_LIMIT = 30;

/**
 * The abstracts whose display title matches `query`, best first (the title index, so typos and
 * skipped letters still find a title). An empty query lists the library A to Z.
 * `excludeId` (the open abstract) is never offered. `signal` stops a long search once the user types on.
 */
export function searchCandidates(query: string, excludeId: number, limit = SEARCH_LIMIT, database?: LecternDB, signal?: AbortSignal): Promise<LinkCandidate[]> {
  return findTitles(query, limit, { exclude: [excludeId], signal }, database);
}
