// Which titles the fuzzy tier must score for a query with spaces, found from indexes instead of by
// visiting every title, and how high any other title can score (fuzzysort 4's raw scale, see
// fuzzy-ceiling.ts). fuzzysort scores such a query term by term, averaging the terms' scores, and
// also tries the whole query, spaces and all. A term it cannot match strictly (strict-runs.ts) has
// its penalties multiplied by 1000. A term's set holds the titles where it may match strictly
// (strict-candidates.ts, and those where an earlier term may make a word start), those holding a
// term of three letters or more anywhere, and those holding a shorter one from index 1 to NEAR. In a
// title outside it, the term is not strict and scores at most:
// - for one letter, first found at index i > NEAR: -200·i² (the 0.2·i² start penalty, times 1000);
// - for two, held from index i > NEAR: the same divided by 1 + 2² (its substring bonus);
// - for a term not held (every longer one): -13000 (a gap);
// and the whole query is not strict either, so (no title holding it, or the literal tiers would
// have answered) it has a gap: at most -13000. Every term scores at most 0, so such a title scores
// at most that term's bound divided by the number of terms. The titles in every term's set are
// scored first; if the worst of the best few beats every other title's bound, the rest are never
// visited.

import type { CeilingQuery } from './fuzzy-ceiling';
import { NEAR } from './title-leads';
import { addAll, bitsOf, keepBoth, positionsOf } from './title-bits';
import { strictCandidates } from './strict-candidates';

/** fuzzysort's factor on a match that is not strict, times its 0.2·i² start penalty. */
const LOOSE_START = 200;
/** A match of a term the title does not hold has a gap: penalties of at least 13, times 1000. */
const SCATTERED = -13000;
/** What a substring match ending at a word end gains, at most. */
const END_BONUS = 4;
const GRAM = 3;

/** What the lookup answers from its indexes; sets of titles are bitsets over `count` positions. */
export interface PlanSources {
  readonly count: number;
  /** Positions, ascending, of the titles with a word starting with `key` (one to three characters). */
  wordStarts(key: string): ArrayLike<number>;
  /** Titles that may hold `text` (three characters or more): every one that does. */
  holding(text: string): Uint32Array;
  /** The titles where `term` (one or two characters) starts at an index from 1 to NEAR. */
  near(term: string): Uint32Array;
  /** Positions, ascending, of the titles fuzzysort may read differently: always scored. */
  notPlain(): ArrayLike<number>;
}

export interface StrictFirstPlan {
  /** Positions, ascending, of the titles to score. */
  readonly positions: Int32Array;
  /** The highest raw score any other title can have. */
  readonly outside: number;
}

/**
 * The titles to score first for `query`, or null when the query is not one this reasons about (no
 * spaces, a term holding a character other than a letter or digit, a one-letter term before another).
 */
export function strictFirstPlan(query: CeilingQuery, sources: PlanSources): StrictFirstPlan | null {
  const { terms } = query;
  if (!query.plain || terms.length < 2) return null;
  let every: Uint32Array | null = null;
  let outside = SCATTERED;
  for (let index = 0; index < terms.length; index += 1) {
    const term = terms[index] ?? '';
    const set = strictCandidates(term, (key) => sources.wordStarts(key), sources.count);
    if (set === null) return null;
    addAll(set, term.length >= GRAM ? sources.holding(term) : sources.near(term));
    // fuzzysort makes the character right after an earlier term matched as one run a word start.
    for (const earlier of terms.slice(0, index)) {
      if (earlier.length + 1 < GRAM) return null;
      for (const char of new Set(term)) addAll(set, sources.holding(earlier + char));
    }
    every = every === null ? set : keepBoth(every, set);
    outside = Math.max(outside, termBound(term.length) / terms.length);
  }
  if (every === null) return null;
  return { positions: positionsOf(addAll(every, bitsOf(sources.notPlain(), sources.count))), outside };
}

/** The most a term of `length` scores in a title outside its set. */
function termBound(length: number): number {
  if (length >= GRAM) return SCATTERED;
  const start = NEAR + 1;
  const substring = (-LOOSE_START * start * start) / (1 + length * length);
  return length === 1 ? -LOOSE_START * start * start : Math.min(substring + END_BONUS, substring / 2);
}
