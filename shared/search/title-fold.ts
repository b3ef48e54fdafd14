import { STRIPPED_MARKS } from './normalise';

/** Tatweel only stretches Arabic letters; it is never part of a word. */
const TATWEEL = /\u0640/g;
const FINAL_SIGMA = /ς/g;
const SPACES = /\s+/gu;
const SPACE = /^\s+$/u;
/**
 * What fuzzysort (the fuzzy tier) reads these characters as: letters that do not decompose (ø, ł,
 * đ…), typographic quotes and dashes, the ellipsis. Folding them the same way keeps every tier
 * agreeing, so "soren" finds "Søren" literally and the fuzzy tier's letter filter does not rule out
 * a title fuzzysort would match (title-lookup.test.ts checks this against rankTitles).
 */
const AS_FUZZYSORT_READS: ReadonlyMap<string, string> = new Map(
  [...'\\"`‘’‚‛“”„‟«»‹›‐–—−⁄∕…øØłŁđĐðÐıħĦŧŦ'].map((char, at) => [char, "/''''''''''''''----//.oOlLdDdDihHtT".charAt(at)]),
);
const REMAPPED = new RegExp(`[${[...AS_FUZZYSORT_READS.keys()].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/**
 * The form titles and queries are compared in: NFKD (ligatures, full-width forms, presentation
 * forms), case folded, accents and Arabic harakat removed (so "أ" matches "ا"), tatweel dropped,
 * letters and punctuation fuzzysort reads as ASCII made so, and whitespace runs made one space, trimmed.
 */
export function foldTitle(text: string): string {
  return fold(text).replace(SPACES, ' ').trim();
}

/**
 * For each character of `foldTitle(text)`, its index in `text`: the same folding done one
 * character at a time, so a match can be shown on the title as written.
 */
export function foldedOrigins(text: string): number[] {
  const origins: number[] = [];
  let folded = '';
  let index = 0;
  for (const char of text) {
    const start = index;
    index += char.length;
    const piece = SPACE.test(char) ? ' ' : fold(char);
    const units = piece.replace(SPACES, ' ');
    for (let at = 0; at < units.length; at += 1) {
      const unit = units.charAt(at);
      if (unit === ' ' && (folded === '' || folded.endsWith(' '))) continue;
      folded += unit;
      origins.push(start);
    }
  }
  if (folded.endsWith(' ')) origins.pop();
  return origins;
}

function fold(text: string): string {
  // Lower case after decomposing, so "İ" folds to "i" and not to "i" with a dot above.
  // Remapped before decomposing too: NFKD would spell the ellipsis as three dots.
  return text
    .replace(REMAPPED, remapped)
    .normalize('NFKD')
    .toLowerCase()
    .replace(STRIPPED_MARKS, '')
    .replace(TATWEEL, '')
    .replace(FINAL_SIGMA, 'σ')
    .replace(REMAPPED, remapped);
}

function remapped(char: string): string {
  return AS_FUZZYSORT_READS.get(char) ?? char;
}
