// An upper bound on the score `matchFuzzy` gives a title, cheap enough to work out for every
// candidate, so the fuzzy tier scores only the titles that could still reach its best few (or
// reach fuzzysort's threshold at all).
//
// The bound follows fuzzysort 4's scoring (node_modules/fuzzysort/fuzzysort.js: calculateScore,
// algorithm2, algorithmSpaces): every penalty only lowers a score, so a score is at most what it
// would be with none of them, less the ones that depend only on the title's length, on where the
// query's first letter first occurs in it, and on whether that letter starts a word anywhere (a
// match is "strict" only from a word start; otherwise fuzzysort multiplies its penalties by 1000;
// a strict match's penalties are multiplied too, by ten for each "beginning" past the 24th: a word
// start or a character that is not a letter or digit, so long titles lose most).
// tests/unit/shared/search/fuzzy-ceiling.test.ts checks the bound against fuzzysort itself, so an
// upgrade that scores differently fails there first.

import { queryTerms } from './title-match';

/** Characters fuzzysort remaps or lowercases differently from foldTitle: titles holding one get no bound. */
const NOT_PLAIN = /[^\x20-\x7e]|[\\"`]/;
/** Gaps cost at least this much: a match that is not one run has a group (12 + its gap of 1). */
const GROUP_PENALTY = 13;
const START_PENALTY = 0.2;
/** fuzzysort's factor on the penalties of a match that does not start at a word start. */
const LOOSE_FACTOR = 1000;
/** fuzzysort multiplies a strict match's penalties by STRICT_STEP per beginning past FREE_BEGINNINGS. */
const FREE_BEGINNINGS = 24;
const STRICT_STEP = 10;
const A = 97;
const Z = 122;

/** What was typed, split as fuzzysort splits it: the terms once each, in order. */
export interface CeilingQuery {
  readonly text: string;
  readonly terms: readonly string[];
  /** False when fuzzysort may see the query differently from its folded text: nothing is bounded. */
  readonly plain: boolean;
}

/** What the bound needs to know of a title, worked out once when it is indexed. */
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
  return { text: folded, terms: queryTerms(folded), plain: !NOT_PLAIN.test(folded) };
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
export function fuzzyCeiling(query: CeilingQuery, title: CeilingTitle): number {
  return normalizeScore(rawFuzzyCeiling(query, title));
}

/** `fuzzyCeiling` on fuzzysort's raw scale (0 best, below 0 worse): `normalizeScore` maps it onto 0 to 1. */
export function rawFuzzyCeiling(query: CeilingQuery, title: CeilingTitle): number {
  if (!query.plain || !title.plain) return Infinity;
  const { folded } = title;
  if (!query.text.includes(' ')) return wholeCeiling(query.text, title, query.terms);
  let sum = 0;
  for (let index = 0; index < query.terms.length; index += 1) sum += termCeiling(query.terms, index, title);
  const terms = sum / query.terms.length;
  // fuzzysort also tries the whole query, spaces and all, on a title with a space in it.
  return folded.includes(' ') ? Math.max(terms, wholeCeiling(query.text, title, query.terms)) : terms;
}

/**
 * The query matched as one string that the title does not contain. A strict match needs each
 * term's first letter at a word start: a space matched is a word start, and the letter after it
 * comes either right after that space or at another word start.
 */
function wholeCeiling(text: string, title: CeilingTitle, terms: readonly string[]): number {
  return scatteredCeiling(text, title, terms.every((_, index) => startsAWord(terms, index, title, false)));
}

/** A string of two or more characters that the title does not contain: no substring bonus, and at least one gap. */
function scatteredCeiling(text: string, title: CeilingTitle, strict: boolean): number {
  const factor = penaltyFactor(title, strict);
  return -(firstPenalty(title.folded, text) + GROUP_PENALTY) * factor - (title.folded.length - text.length);
}

/** The term at `index` of a query with spaces. */
function termCeiling(terms: readonly string[], index: number, title: CeilingTitle): number {
  const term = terms[index] ?? '';
  const length = title.folded.length;
  const strict = startsAWord(terms, index, title, true);
  if (term.length > 1 && !title.folded.includes(term)) return scatteredCeiling(term, title, strict);
  const penalty = firstPenalty(title.folded, term) * penaltyFactor(title, strict);
  if (term.length === 1) return -penalty - (length - 1);
  const lengthPenalty = (length - term.length) / 2;
  const bonus = 1 + term.length * term.length;
  const score = (-penalty - lengthPenalty) / (bonus * bonus) - lengthPenalty;
  return score + Math.min(4, -score / 2);
}

/**
 * Whether a match of the term at `index` could start at a word start. Matching term by term,
 * fuzzysort also treats the letter right after an earlier term matched as one run as a word start.
 */
function startsAWord(terms: readonly string[], index: number, title: CeilingTitle, byTerm: boolean): boolean {
  const term = terms[index] ?? '';
  const code = term.charCodeAt(0);
  if (code < A || code > Z) return true;
  if ((title.wordStartLetters & (1 << (code - A))) !== 0) return true;
  if (!byTerm) return false;
  for (let before = 0; before < index; before += 1) if (title.folded.includes((terms[before] ?? '') + term.charAt(0))) return true;
  return false;
}

/** The least a match's penalties are multiplied by: a match that may be strict may also not be. */
function penaltyFactor(title: CeilingTitle, mayBeStrict: boolean): number {
  return mayBeStrict ? Math.min(title.strictFactor, LOOSE_FACTOR) : LOOSE_FACTOR;
}

/** A match starting at index i costs 0.2·i², and it cannot start before the term's first letter does. */
function firstPenalty(folded: string, term: string): number {
  const at = folded.indexOf(term.charAt(0));
  return at <= 0 ? 0 : at * at * START_PENALTY;
}

/** fuzzysort's mapping of its raw scores (0 best, below 0 worse) onto 0 to 1; increasing. */
export function normalizeScore(raw: number): number {
  if (raw === -Infinity) return 0;
  if (raw > 1) return raw;
  return Math.E ** (((-raw + 1) ** 0.04307 - 1) * -2);
}
