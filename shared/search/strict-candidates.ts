import { addAll, bitsOf, keepBoth } from './title-bits';

/** Word starts are indexed by their first one, two and three characters. */
const LONGEST_KEY = 3;
const LETTERS_AND_DIGITS = /^[a-z0-9]+$/;

/**
 * The titles (a bitset over `count` positions) where fuzzysort may match `term` strictly: its
 * letters in runs, each run the start of a word (strict-runs.ts). Worked out from lists of the
 * titles with a word starting with a given one, two or three characters, from the term's end back:
 * the titles where the term from index i can be so split are those with a word starting with its
 * next one or two characters where the rest from there can be split too, or with a word starting
 * with its next three (what follows a run that long is not looked at). Where the words are is not
 * looked at either, so some titles listed match only loosely, but none matching strictly is left
 * out. Null when the term holds a character other than a letter or digit (the lists do not show
 * where those begin).
 */
export function strictCandidates(term: string, wordStarts: (key: string) => ArrayLike<number>, count: number): Uint32Array | null {
  if (!LETTERS_AND_DIGITS.test(term)) return null;
  // From index i to the end; null for "every title" (nothing left to split).
  const splittable: (Uint32Array | null)[] = [];
  splittable[term.length] = null;
  for (let from = term.length - 1; from >= 0; from -= 1) {
    let union: Uint32Array | null = null;
    for (let length = 1; length <= Math.min(LONGEST_KEY, term.length - from); length += 1) {
      const starting = bitsOf(wordStarts(term.slice(from, from + length)), count);
      const rest = length === LONGEST_KEY ? null : (splittable[from + length] ?? null);
      const part = rest === null ? starting : keepBoth(starting, rest);
      union = union === null ? part : addAll(union, part);
    }
    splittable[from] = union;
  }
  return splittable[0] ?? null;
}
