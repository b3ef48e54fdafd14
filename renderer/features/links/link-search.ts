import { rankTitles } from '../../../shared/search/rank-titles';
import type { LinkCandidate } from '../../db/links/candidates';

export const SEARCH_LIMIT = 30;

/**
 * The abstracts whose display title matches `query`, best first (the shared title ranking, so
 * typos and skipped letters still find a title). An empty query lists the library A to Z.
 * `excludeId` (the open abstract) is never offered.
 */
export function searchCandidates(
  candidates: readonly LinkCandidate[],
  query: string,
  excludeId: number,
  limit = SEARCH_LIMIT,
): LinkCandidate[] {
  const others = candidates.filter((candidate) => candidate.id !== excludeId);
  return rankTitles(others, query, (candidate) => [candidate.title], limit).map((ranked) => ranked.item);
}
