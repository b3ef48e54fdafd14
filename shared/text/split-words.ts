import type { MathRegion } from './math-regions';
import type { WordTest } from './types';

const LETTER_RUN = /[A-Za-z]+/g;
/** What may stand before the first half of a split word, and after its second half. */
const OPENS_WORD = /^$|[\s(["'“‘]/;
const CLOSES_WORD = /^$|[\s.,;:!?)\]"'”’]/;
const LOWER_CASE = /^[a-z]+$/;
const LOWER_OR_CAPITALISED = /^[A-Za-z][a-z]*$/;

/** Shortest rejoined word considered, so two stray letters never make a word. */
const MIN_JOINED_LENGTH = 4;

/**
 * Offsets of spaces that split one word in two ("relat e", "wor se", "representatio ns"), outside math.
 * The space goes only when the joined word is in the dictionary and one side is not a word of two or
 * more letters: "in to" and "the n" stay as they are.
 */
export function findSplitWordSpaces(
  text: string,
  mathRegions: readonly MathRegion[],
  isWord: WordTest,
): number[] {
  const spaces: number[] = [];
  let previous: { start: number; word: string } | null = null;
  for (const match of text.matchAll(LETTER_RUN)) {
    const current = { start: match.index, word: match[0] };
    if (
      previous &&
      isSplitWord(text, previous, current, isWord) &&
      !insideMath(current.start - 1, mathRegions)
    ) {
      spaces.push(current.start - 1);
    }
    previous = current;
  }
  return spaces;
}

function isSplitWord(
  text: string,
  left: { start: number; word: string },
  right: { start: number; word: string },
  isWord: WordTest,
): boolean {
  if (right.start !== left.start + left.word.length + 1 || text[right.start - 1] !== ' ') return false;
  if (
    !OPENS_WORD.test(text[left.start - 1] ?? '') ||
    !CLOSES_WORD.test(text[right.start + right.word.length] ?? '')
  ) {
    return false;
  }
  if (!LOWER_OR_CAPITALISED.test(left.word) || !LOWER_CASE.test(right.word)) return false;
  const joined = (left.word + right.word).toLowerCase();
  if (joined.length < MIN_JOINED_LENGTH || !isWord(joined)) return false;
  return isNonWord(left.word.toLowerCase(), isWord) || isNonWord(right.word, isWord);
}

/** Single letters are variables or articles as often as fragments, so they never count as non-words. */
function isNonWord(part: string, isWord: WordTest): boolean {
  return part.length >= 2 && !isWord(part);
}

function insideMath(offset: number, regions: readonly MathRegion[]): boolean {
  return regions.some((region) => offset >= region.start - 1 && offset <= region.end);
}
