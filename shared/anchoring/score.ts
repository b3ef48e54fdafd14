import { similarity } from './similarity';
import type { AnchorSelectors } from './types';

/*
 * How a candidate place for a quote is judged. The weights follow Hypothesis's fuzzy anchoring: the
 * quote itself counts most, its context next, and the distance from the old position only breaks ties.
 */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

export interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the quote and storedText[start, end). */
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  /** Weighted score in [0, 1]: the confidence reported for a moved annotation. */
  score: number;
  /** 1 - errors / quote length. */
  quoteSimilarity: number;
  /** Mean similarity of the stored prefix and suffix to the text around the candidate. */
  context: number;
}

/**
 * Context stored shorter than usual means the quote stood at the start or end of the text; only
 * that many characters are compared, so a text that grew around it (a snippet's full version) still fits.
 */
export function prefixSimilarity(text: string, start: number, prefix: string): number {
  return similarity(prefix, text.slice(Math.max(0, start - prefix.length), start));
}

export function suffixSimilarity(text: string, end: number, suffix: string): number {
  return similarity(suffix, text.slice(end, end + suffix.length));
}

export function scoreCandidate(text: string, selectors: AnchorSelectors, candidate: Candidate): ScoredCandidate {
  const { quote, position } = selectors;
  const quoteSimilarity = Math.max(0, 1 - candidate.errors / Math.max(1, quote.exact.length));
  const prefix = prefixSimilarity(text, candidate.start, quote.prefix);
  const suffix = suffixSimilarity(text, candidate.end, quote.suffix);
  const distance = Math.abs(candidate.start - position.start);
  const nearness = text.length === 0 ? 1 : Math.max(0, 1 - distance / text.length);
  const score =
    (QUOTE_WEIGHT * quoteSimilarity + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix + POSITION_WEIGHT * nearness) / TOTAL_WEIGHT;
  return { ...candidate, score, quoteSimilarity, context: (prefix + suffix) / 2 };
}

/** The best-scoring candidate; on equal scores, the one nearest the old position. */
export function bestOf(candidates: readonly ScoredCandidate[], oldStart: number): ScoredCandidate | null {
  let best: ScoredCandidate | null = null;
  for (const candidate of candidates) {
    if (
      best === null ||
      candidate.score > best.score ||
      (candidate.score === best.score && Math.abs(candidate.start - oldStart) < Math.abs(best.start - oldStart))
    ) {
      best = candidate;
    }
  }
  return best;
}
