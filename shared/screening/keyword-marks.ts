import { STRIPPED_MARKS } from '../search/normalise';

export type KeywordKind = 'include' | 'exclude';

/** A stretch of the text that matches one of the review's keywords, in offsets of the text given. */
export interface KeywordMark {
  start: number;
  end: number;
  kind: KeywordKind;
}

export interface ReviewKeywords {
  include: readonly string[];
  exclude: readonly string[];
}

const FINAL_SIGMA = /ς/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Between the words of a phrase the text may have any spaces, line breaks or hyphens ("meta-analysis" matches "meta analysis"). */
const SEPARATOR = '[\\s\\-\\u2010-\\u2015]+';
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

function fold(text: string): string {
  // Lower case after decomposing, so "İ" folds to "i" and not to "i" with a dot above.
  return text.normalize('NFKD').toLowerCase().replace(STRIPPED_MARKS, '').replace(FINAL_SIGMA, 'σ');
}

interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`, the range of `text` it came from. */
  starts: number[];
  ends: number[];
}

/** Folds one character at a time, so a match in the folded text maps back to the text as written. */
function foldWithOrigins(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const start = index;
    index += char.length;
    const piece = fold(char);
    if (piece === '') {
      // A combining accent written apart belongs to the letter before it.
      if (ends.length > 0) ends[ends.length - 1] = index;
      continue;
    }
    folded += piece;
    for (let unit = 0; unit < piece.length; unit += 1) {
      starts.push(start);
      ends.push(index);
    }
  }
  return { folded, starts, ends };
}

/**
 * The pattern for one keyword: its words in order, whole words only; a trailing `*` on a word
 * matches any ending ("randomi*" finds "randomised" and "randomized"). Null for a keyword with no word.
 */
function keywordPattern(keyword: string): RegExp | null {
  const words = fold(keyword)
    .split(/[\s\-\u2010-\u2015]+/u)
    .filter((word) => WORD_CHAR.test(word));
  if (words.length === 0) return null;
  const body = words
    .map((word) => {
      const prefix = word.endsWith('*');
      const escaped = (prefix ? word.slice(0, -1) : word).replace(REGEX_SPECIAL, '\\$&');
      return prefix ? `${escaped}[\\p{L}\\p{N}]*` : escaped;
    })
    .join(SEPARATOR);
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Where the review's inclusion and exclusion keywords occur in `text`: case- and accent-insensitive,
 * whole words and phrases. The marks are sorted and never overlap: where two matches overlap, the
 * earlier one wins, then the longer, then the inclusion keyword.
 */
export function keywordMarks(text: string, keywords: ReviewKeywords): KeywordMark[] {
  if (keywords.include.length === 0 && keywords.exclude.length === 0) return [];
  const { folded, starts, ends } = foldWithOrigins(text);
  const found: KeywordMark[] = [];
  const collect = (list: readonly string[], kind: KeywordKind): void => {
    for (const keyword of list) {
      const pattern = keywordPattern(keyword);
      if (pattern === null) continue;
      for (const match of folded.matchAll(pattern)) {
        if (match[0].length === 0) continue;
        const first = match.index;
        const last = first + match[0].length - 1;
        found.push({ start: starts[first] ?? 0, end: ends[last] ?? text.length, kind });
      }
    }
  };
  collect(keywords.include, 'include');
  collect(keywords.exclude, 'exclude');
  found.sort(
    (a, b) => a.start - b.start || b.end - a.end || (a.kind === b.kind ? 0 : a.kind === 'include' ? -1 : 1),
  );
  const marks: KeywordMark[] = [];
  for (const mark of found) {
    const previous = marks[marks.length - 1];
    if (previous === undefined || mark.start >= previous.end) marks.push(mark);
  }
  return marks;
}

/** A piece of text between the cut points of the marks: marked with a kind, or plain (null). */
export interface MarkedPiece {
  start: number;
  end: number;
  kind: KeywordKind | null;
}

/** Cuts `[start, end)` of a text at the marks that fall in it, so each piece is either wholly marked or not. */
export function cutAtMarks(marks: readonly KeywordMark[], start: number, end: number): MarkedPiece[] {
  const pieces: MarkedPiece[] = [];
  let at = start;
  for (const mark of marks) {
    if (mark.end <= at || mark.start >= end) continue;
    const from = Math.max(mark.start, at);
    const to = Math.min(mark.end, end);
    if (from > at) pieces.push({ start: at, end: from, kind: null });
    pieces.push({ start: from, end: to, kind: mark.kind });
    at = to;
  }
  if (at < end) pieces.push({ start: at, end, kind: null });
  return pieces;
}
