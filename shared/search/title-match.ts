import fuzzysort, { type Prepared } from 'fuzzysort';
import { foldedOrigins, foldTitle } from './title-fold';

/**
 * How well a title fits what was typed, best first: the whole title, its start, the start of one of
 * its words, anywhere inside it, each typed word starting one of its words in any order ("propagation
 * energy"), or its letters in order with some skipped ("enrgy prop").
 */
export const MatchTier = { exact: 0, start: 1, wordStart: 2, contains: 3, words: 4, fuzzy: 5 } as const;
export type MatchTier = (typeof MatchTier)[keyof typeof MatchTier];

/** A title folded once, to be kept beside it and matched against every query. */
export interface PreparedTitle {
  readonly title: string;
  readonly folded: string;
  /** Built on the first fuzzy match only: most titles never get that far. */
  fuzzy: Prepared | null;
}

/** What was typed, folded once per keystroke. */
export interface TitleQuery {
  /** Folded, trimmed; empty when nothing but spaces was typed. */
  readonly text: string;
}

export interface TitleMatch {
  tier: MatchTier;
  /** Orders fuzzy matches among themselves (higher is better); 1 for every other tier. */
  score: number;
  /** The matched characters of the folded title: one run, or (fuzzy) scattered positions. */
  chars: { start: number; length: number } | { positions: readonly number[] };
}

/** Fuzzy matches scoring lower than this (fuzzysort's 0 to 1) are too scattered to offer. */
export const MIN_FUZZY_SCORE = 0.3;
const WORD_CHAR_BEFORE = /[\p{L}\p{N}\p{M}]$/u;

export function prepareTitle(title: string): PreparedTitle {
  return { title, folded: foldTitle(title), fuzzy: null };
}

export function prepareQuery(query: string): TitleQuery {
  return { text: foldTitle(query) };
}

/**
 * How `title` matches `query`, or null when it does not. An empty query matches nothing here:
 * pickers decide what to list before anything is typed.
 */
export function matchTitle(query: TitleQuery, title: PreparedTitle): TitleMatch | null {
  return matchLiteral(query, title) ?? matchFuzzy(query, title);
}

/** The exact, start, word-start, contains and words tiers: cheap, and enough for most queries. */
export function matchLiteral(query: TitleQuery, title: PreparedTitle): TitleMatch | null {
  return matchPhrase(query.text, title.folded) ?? matchWords(query.text, title.folded);
}

/** The exact, start, word-start and contains tiers: the folded title holds the folded query whole. */
export function matchPhrase(needle: string, haystack: string): TitleMatch | null {
  if (needle === '') return null;
  const first = haystack.indexOf(needle);
  if (first < 0) return null;
  const length = needle.length;
  if (first === 0) return { tier: length === haystack.length ? MatchTier.exact : MatchTier.start, score: 1, chars: { start: 0, length } };
  const wordStart = wordStartOf(haystack, needle, first);
  if (wordStart >= 0) return { tier: MatchTier.wordStart, score: 1, chars: { start: wordStart, length } };
  return { tier: MatchTier.contains, score: 1, chars: { start: first, length } };
}

/** The words tier: a query of two or more words, each starting a word of the title (in any order). */
function matchWords(needle: string, haystack: string): TitleMatch | null {
  const terms = queryTerms(needle);
  if (terms.length < 2) return null;
  const starts = wordStartsOfEvery(haystack, terms);
  if (starts === null) return null;
  const positions = terms.flatMap((term, index) => Array.from({ length: term.length }, (_, offset) => (starts[index] ?? 0) + offset));
  return { tier: MatchTier.words, score: 1, chars: { positions: [...new Set(positions)].sort((a, b) => a - b) } };
}

/** Where each of `terms` first starts a word of `haystack`, or null when one of them starts none. */
export function wordStartsOfEvery(haystack: string, terms: readonly string[]): number[] | null {
  const starts: number[] = [];
  for (const term of terms) {
    const at = wordStartOf(haystack, term, haystack.indexOf(term));
    if (at < 0) return null;
    starts.push(at);
  }
  return starts;
}

/** The space-separated words of a folded query, each once. */
export function queryTerms(folded: string): string[] {
  return [...new Set(folded.split(' '))].filter((term) => term !== '');
}

/** The first index from `from` (an index of `needle` in `haystack`, or -1) where `needle` starts a word; -1 if none. */
function wordStartOf(haystack: string, needle: string, from: number): number {
  for (let at = from; at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (at === 0 || !followsWordChar(haystack, at)) return at;
  }
  return -1;
}

/** Whether the character before `at` (at least 1) is part of a word; ASCII decided without the regex (most titles are). */
export function followsWordChar(folded: string, at: number): boolean {
  const code = folded.charCodeAt(at - 1);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR_BEFORE.test(folded.slice(Math.max(0, at - 2), at));
}

/** The fuzzy tier alone, for titles the literal tiers did not match. */
export function matchFuzzy(query: TitleQuery, title: PreparedTitle): TitleMatch | null {
  if (query.text === '') return null;
  title.fuzzy ??= fuzzysort.prepare(title.folded);
  const result = fuzzysort.single(query.text, title.fuzzy);
  if (result === null || result.score < MIN_FUZZY_SCORE) return null;
  return { tier: MatchTier.fuzzy, score: result.score, chars: { positions: result.indexes } };
}

/** Indexes into the title as written of the characters `match` matched, for showing them in bold. */
export function matchedIndexes(title: PreparedTitle, match: TitleMatch): number[] {
  const { chars } = match;
  const positions = 'positions' in chars ? chars.positions : Array.from({ length: chars.length }, (_, offset) => chars.start + offset);
  const origins = foldedOrigins(title.title);
  return [...new Set(positions.map((position) => origins[position] ?? position))];
}
