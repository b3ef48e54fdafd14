import fuzzysort from 'fuzzysort';
import type { LinkCandidate } from '../../db/links/candidates';

export const SEARCH_LIMIT = 30;

/**
 * The abstracts whose display title matches `query`: titles containing it (case-insensitive, those
 * starting with it first), then fuzzy matches for typos and skipped letters. An empty query lists
 * the library A to Z. `excludeId` (the open abstract) is never offered.
 */
export function searchCandidates(
  candidates: readonly LinkCandidate[],
  query: string,
  excludeId: number,
  limit = SEARCH_LIMIT,
): LinkCandidate[] {
  const others = candidates.filter((candidate) => candidate.id !== excludeId);
  const needle = query.trim().toLowerCase();
  if (needle === '') return others.slice(0, limit);
  const starts: LinkCandidate[] = [];
  const contains: LinkCandidate[] = [];
  for (const candidate of others) {
    const at = candidate.title.toLowerCase().indexOf(needle);
    if (at === 0) starts.push(candidate);
    else if (at > 0) contains.push(candidate);
  }
  const exact = [...starts, ...contains];
  if (exact.length >= limit) return exact.slice(0, limit);
  const taken = new Set(exact.map((candidate) => candidate.id));
  const fuzzy = fuzzysort
    .go(needle, others, { key: 'title', limit, threshold: 0.3 })
    .map((result) => result.obj)
    .filter((candidate) => !taken.has(candidate.id));
  return [...exact, ...fuzzy].slice(0, limit);
}
