// An upper bound on the score `matchFuzzy` gives a title, so the fuzzy tier scores only the titles
// that could still reach its best few (or reach fuzzysort's threshold at all).
//
// The bound follows fuzzysort 4's scoring (node_modules/fuzzysort/fuzzysort.js: calculateScore,
// algorithm2, algorithmSpaces): every penalty only lowers a score, so a score is at most what it
// would be with none of them, less the ones that depend only on the title's length and on where a
// match can start. A match is "strict" only when its letters are runs each starting at a beginning
// (strict-runs.ts); otherwise fuzzysort multiplies its penalties by 1000. A strict match's
// penalties are multiplied too, by ten for each beginning past the 24th, so long titles lose most.
// A loose bound reads only where the letters first occur; a tight one also searches for a strict
// match, dearer, so it is worked out only for titles the loose one cannot rule out.
// tests/unit/shared/search/fuzzy-ceiling.test.ts checks both bounds against fuzzysort itself, so an
// upgrade that scores differently fails there first.

import { strictPenalty, strictStart } from './strict-runs';
import { queryTerms } from './title-match';

/** Characters fuzzysort remaps or lowercases differently from foldTitle: titles holding one get no bound. */
const NOT_PLAIN = /[^\x20-\x7e]|[\\"`]/;
/** Gaps cost at least this much: a match that is not one run has a group (12 + its gap of 1). */
const GROUP_PENALTY = 13;
const START_PENALTY = 0.2;
/** fuzzysort's factor on the penalties of a match that is not strict. */
const LOOSE_FACTOR = 1000;
/** fuzzysort multiplies a strict match's penalties by STRICT_STEP per beginning past FREE_BEGINNINGS. */
const FREE_BEGINNINGS = 24;
const STRICT_STEP = 10;
const A = 97;
const Z = 122;
const NONE: readonly string[] = [];

/** What matching earlier terms can make a beginning: the terms, and each followed by this term's first letter. */
export interface Earlier {
  readonly terms: readonly string[];
  readonly joins: readonly string[];
}

const WHOLE: Earlier = { terms: NONE, joins: NONE };

/** What was typed, split as fuzzysort splits it: the terms once each, in order. */
export interface CeilingQuery {
  readonly text: string;
  readonly terms: readonly string[];
  /** For each term, what the terms before it can make a beginning. */
  readonly earlier: readonly Earlier[];
  /** False when fuzzysort may see the query differently from its folded text: nothing is bounded. */
  readonly plain: boolean;
}

/** What the bound needs to know of a title, cheap enough to work out when it is indexed. */
export interface CeilingTitle {
  readonly folded: string;
  /** False when fuzzysort may fold the title differently: it gets no bound. */
  readonly plain: boolean;
  /** Bit i set when a word of the title starts with the letter a + i (fuzzysort's word starts). */
  readonly wordStartLetters: number;
  /**
   * The least fuzzysort multiplies a strict match's penalties by in this title. Matching term by
   * term can only add beginnings, so the title's own count is the least there is.
   */
  readonly strictFactor: number;
}

export function ceilingQuery(folded: string): CeilingQuery {
  const terms = queryTerms(folded);
  const earlier = terms.map((term, index): Earlier => {
    const before = terms.slice(0, index);
    return { terms: before, joins: before.map((word) => word + term.charAt(0)) };
  });
  return { text: folded, terms, earlier, plain: !NOT_PLAIN.test(folded) };
}

export function ceilingTitle(folded: string): CeilingTitle {
  let wordStartLetters = 0;
  let beginnings = 0;
  let afterWordChar = false;
  for (let at = 0; at < folded.length; at += 1) {
    const code = folded.charCodeAt(at);
    const letter = code >= A && code <= Z;
    const wordChar = letter || (code >= 48 && code <= 57);
    if (letter && !afterWordChar) wordStartLetters |= 1 << (code - A);
    if (!afterWordChar || !wordChar) beginnings += 1;
    afterWordChar = wordChar;
  }
  const strictFactor = beginnings > FREE_BEGINNINGS ? (beginnings - FREE_BEGINNINGS) * STRICT_STEP : 1;
  return { folded, plain: !NOT_PLAIN.test(folded), wordStartLetters, strictFactor };
}

/**
 * The highest score (fuzzysort's 0 to 1) `matchFuzzy` can give `title` for `query`, given that
 * the title does not contain the query (the fuzzy tier only sees such titles); Infinity when the
 * title or query is not plain ASCII, where fuzzysort's own folding could make it differ.
 */
export function fuzzyCeiling(query: CeilingQuery, title: CeilingTitle, tight = true): number {
  return normalizeScore(rawFuzzyCeiling(query, title, tight));
}

/**
 * `fuzzyCeiling` on fuzzysort's raw scale (0 best, below 0 worse): `normalizeScore` maps it onto
 * 0 to 1. Loose unless `tight`: a tight bound is never above the loose one.
 */
export function rawFuzzyCeiling(query: CeilingQuery, title: CeilingTitle, tight = false): number {
  if (!query.plain || !title.plain) return Infinity;
  if (!query.text.includes(' ')) return scatteredCeiling(query.text, title, WHOLE, tight);
  let sum = 0;
  for (let index = 0; index < query.terms.length; index += 1) sum += termCeiling(query, index, title, tight);
  const terms = sum / query.terms.length;
  // fuzzysort also tries the whole query, spaces and all, on a title with a space in it.
  return title.folded.includes(' ') ? Math.max(terms, scatteredCeiling(query.text, title, WHOLE, tight)) : terms;
}

/** The term at `index` of a query with spaces. */
function termCeiling(query: CeilingQuery, index: number, title: CeilingTitle, tight: boolean): number {
  const term = query.terms[index] ?? '';
  const { folded } = title;
  const earlier = query.earlier[index] ?? WHOLE;
  if (term.length > 1 && !folded.includes(term)) return scatteredCeiling(term, title, earlier, tight);
  const length = folded.length;
  if (term.length === 1) return -leastPenalty(title, term, earlier, folded.indexOf(term), tight) - (length - 1);
  // The term is in the title: a match that is not strict is that substring, at best its first one.
  const penalty = leastPenalty(title, term, earlier, folded.indexOf(term), tight);
  const lengthPenalty = (length - term.length) / 2;
  const bonus = 1 + term.length * term.length;
  const score = (-penalty - lengthPenalty) / (bonus * bonus) - lengthPenalty;
  return score + Math.min(4, -score / 2);
}

/** A string of two or more characters that the title does not contain: no substring bonus, and at least one gap. */
function scatteredCeiling(text: string, title: CeilingTitle, earlier: Earlier, tight: boolean): number {
  const { folded } = title;
  // A match that is not strict is the leftmost one, so its penalty is known exactly.
  const loose = tight ? leftmostPenalty(folded, text) : GROUP_PENALTY + START_PENALTY * folded.indexOf(text.charAt(0)) ** 2;
  const factor = Math.min(title.strictFactor, LOOSE_FACTOR);
  const strict = tight ? strictPenalty(folded, text, earlier.terms) * factor : looseStrictPenalty(title, text, earlier) * factor;
  return -Math.min(loose * LOOSE_FACTOR, strict) - (folded.length - text.length);
}

/** At least a gap and the start penalty, where `strictStartOf` says a strict match can start. */
function looseStrictPenalty(title: CeilingTitle, text: string, earlier: Earlier): number {
  const start = strictStartOf(title, text, earlier, false);
  return start < 0 ? Infinity : GROUP_PENALTY + START_PENALTY * start * start;
}

/**
 * The least a match's penalties (0.2·i² for one starting at index i) can come to, multiplied as
 * fuzzysort multiplies them: a match that is not strict starts at `looseStart`, a strict one where
 * `strictStartOf` says it can.
 */
function leastPenalty(title: CeilingTitle, term: string, earlier: Earlier, looseStart: number, tight: boolean): number {
  const loose = START_PENALTY * looseStart * looseStart * LOOSE_FACTOR;
  const start = strictStartOf(title, term, earlier, tight);
  if (start < 0) return loose;
  return Math.min(loose, START_PENALTY * start * start * Math.min(title.strictFactor, LOOSE_FACTOR));
}

/** Where a strict match of `term` can start at the earliest (loosely, where its first letter first occurs, if it may start a word); -1 if nowhere. */
function strictStartOf(title: CeilingTitle, term: string, earlier: Earlier, tight: boolean): number {
  if (tight) return strictStart(title.folded, term, earlier.terms);
  return mayStartAWord(term, title, earlier) ? title.folded.indexOf(term.charAt(0)) : -1;
}

/**
 * fuzzysort's penalty (before its factor) for the leftmost match of `text` in `folded`, the one it
 * takes when no strict match is found: each gap costs the index it ends at, and each costs 12 plus
 * the letters skipped in all; a match starting at index i costs 0.2·i² more. Infinity when there is none.
 */
function leftmostPenalty(folded: string, text: string): number {
  let penalty = 0;
  let groups = 0;
  let first = -1;
  let previous = -1;
  let at = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    while (at < folded.length && folded.charCodeAt(at) !== code) at += 1;
    if (at >= folded.length) return Infinity;
    if (index === 0) first = at;
    else if (at !== previous + 1) {
      penalty += at;
      groups += 1;
    }
    previous = at;
    at += 1;
  }
  const skipped = previous - first - (text.length - 1);
  return penalty + (12 + skipped) * groups + START_PENALTY * first * first;
}

/**
 * Whether a match of `term` could start at a word start. Matching term by term, fuzzysort also
 * treats the letter right after an earlier term matched as one run as a word start.
 */
function mayStartAWord(term: string, title: CeilingTitle, earlier: Earlier): boolean {
  const code = term.charCodeAt(0);
  if (code < A || code > Z) return true;
  if ((title.wordStartLetters & (1 << (code - A))) !== 0) return true;
  for (const join of earlier.joins) if (title.folded.includes(join)) return true;
  return false;
}

/** fuzzysort's mapping of its raw scores (0 best, below 0 worse) onto 0 to 1; increasing. */
export function normalizeScore(raw: number): number {
  if (raw === -Infinity) return 0;
  if (raw > 1) return raw;
  return Math.E ** (((-raw + 1) ** 0.04307 - 1) * -2);
}
