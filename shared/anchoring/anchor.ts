import search from 'approx-string-match';
import { bestOf, prefixSimilarity, scoreCandidate, suffixSimilarity, type ScoredCandidate } from './score';
import type { AnchorResult, AnchorSelectors } from './types';

/** A quote at least this long is distinctive by itself; a shorter one also needs its context to agree. */
export const DISTINCTIVE_QUOTE_LENGTH = 12;
/** Context similarity (mean of prefix and suffix) that vouches for a short or inexact quote. */
export const MIN_CONTEXT_SIMILARITY = 0.5;
/** A fuzzy match scoring below this is not trusted: the annotation is orphaned instead. */
export const MIN_FUZZY_SCORE = 0.6;
/** Quotes shorter than this are only placed exactly: a few letters with an error match almost anything. */
export const MIN_FUZZY_QUOTE_LENGTH = 8;
/** A fuzzy match this close to the quote may stand without context, if the quote is long. */
const SELF_EVIDENT_SIMILARITY = 0.9;
const SELF_EVIDENT_LENGTH = 32;
const MAX_ERRORS = 64;
/** Enough occurrences to choose among; more only happens for tiny quotes in huge texts. */
const MAX_EXACT_OCCURRENCES = 1000;

const ORPHANED: AnchorResult = { state: 'orphaned' };

/** Edits a fuzzy match may differ from the quote by: a quarter of it, capped. */
export function maxQuoteErrors(quoteLength: number): number {
  return quoteLength < MIN_FUZZY_QUOTE_LENGTH ? 0 : Math.min(Math.floor(quoteLength / 4), MAX_ERRORS);
}

/**
 * Places an annotation on a (possibly changed) stored text: (1) at its old position if its quote and
 * context are still there; (2) on an exact occurrence of its quote, preferring matching context and
 * the old position; (3) on a fuzzy match of the quote, scored on quote, context and distance. When none
 * is trustworthy it is orphaned: a highlight is never put on text it was not made on.
 */
export function anchor(storedText: string, selectors: AnchorSelectors): AnchorResult {
  const { exact } = selectors.quote;
  if (exact.length === 0 || exact.length > storedText.length) return ORPHANED;
  const { start, end } = selectors.position;
  if (sitsAt(storedText, selectors, start, end)) return { state: 'anchored', start, end, confidence: 1 };
  return exactMatch(storedText, selectors) ?? fuzzyMatch(storedText, selectors) ?? ORPHANED;
}

function sitsAt(text: string, { quote }: AnchorSelectors, start: number, end: number): boolean {
  return (
    text.slice(start, end) === quote.exact &&
    end - start === quote.exact.length &&
    prefixSimilarity(text, start, quote.prefix) === 1 &&
    suffixSimilarity(text, end, quote.suffix) === 1
  );
}

function exactMatch(text: string, selectors: AnchorSelectors): AnchorResult | null {
  const { exact } = selectors.quote;
  const candidates: ScoredCandidate[] = [];
  for (let at = text.indexOf(exact); at !== -1 && candidates.length < MAX_EXACT_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    candidates.push(scoreCandidate(text, selectors, { start: at, end: at + exact.length, errors: 0 }));
  }
  const best = bestOf(candidates, selectors.position.start);
  if (best === null) return null;
  if (exact.length < DISTINCTIVE_QUOTE_LENGTH && best.context < MIN_CONTEXT_SIMILARITY) return null;
  if (best.start === selectors.position.start) return { state: 'anchored', start: best.start, end: best.end, confidence: 1 };
  return { state: 'moved', start: best.start, end: best.end, confidence: best.score };
}

function fuzzyMatch(text: string, selectors: AnchorSelectors): AnchorResult | null {
  const { exact } = selectors.quote;
  const maxErrors = maxQuoteErrors(exact.length);
  if (maxErrors === 0) return null;
  const trusted = search(text, exact, maxErrors)
    .filter((match) => match.end > match.start)
    .map((match) => scoreCandidate(text, selectors, match))
    .filter((candidate) => candidate.score >= MIN_FUZZY_SCORE && vouchedFor(candidate, exact.length));
  const best = bestOf(trusted, selectors.position.start);
  return best === null ? null : { state: 'moved', start: best.start, end: best.end, confidence: best.score };
}

function vouchedFor(candidate: ScoredCandidate, quoteLength: number): boolean {
  if (candidate.context >= MIN_CONTEXT_SIMILARITY) return true;
  return candidate.quoteSimilarity >= SELF_EVIDENT_SIMILARITY && quoteLength >= SELF_EVIDENT_LENGTH;
}
