import { hasSentenceBreak } from './shape';

/** Lower-case name particles that may stand inside a personal name (never last). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'ten',
  'ter',
  'y',
  'zu',
]);
/** A capitalised name word, possibly hyphenated or with an apostrophe: `Bölcskei`, `O'Neil`, `Jean-Luc`. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** An initial or a run of initials: `N.`, `J.-P.`, `N`. */
const INITIALS = /^(?:\p{Lu}\.?-?)+$/u;
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/u;
const NAME_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/u;
/** `A. Smith et al.`: the list's own ellipsis, not a name. */
const ET_AL = /,?\s+et\s+al\.?$/u;
const MAX_WORDS_PER_NAME = 6;
const MAX_NAMES = 60;
const MAX_TITLE_BY_LENGTH = 500;
const MAX_TITLE_WORDS = 40;

function isNameWord(word: string, position: 'first' | 'inner' | 'last'): boolean {
  if (NAME_WORD.test(word) || INITIALS.test(word)) return true;
  if (position === 'last') return SUFFIX.test(word);
  return position === 'inner' && PARTICLES.has(word);
}

/** Reads `Leslie N. Smith` as a personal name: two to six capitalised words, initials or particles. */
export function isPersonalName(name: string): boolean {
  const words = name.split(/\s+/u).filter((word) => word.length > 0);
  if (words.length < 2 || words.length > MAX_WORDS_PER_NAME) return false;
  return words.every((word, i) =>
    isNameWord(word, i === 0 ? 'first' : i === words.length - 1 ? 'last' : 'inner'),
  );
}

/** Splits `A B, C D and E F` into personal names, or returns null if any part is not one. */
export function parsePersonNames(list: string): string[] | null {
  const names = list
    .trim()
    .replace(ET_AL, '')
    .split(NAME_SEPARATOR)
    .map((name) => name.trim());
  if (names.length === 0 || names.length > MAX_NAMES) return null;
  return names.every(isPersonalName) ? names : null;
}

export interface TitleBy {
  title: string;
  authors: string[];
}

/**
 * Reads a `Title by First Last, First Last` line. A title may itself contain " by ", so the split is at the
 * last " by " whose remainder is a list of personal names.
 */
export function splitTitleBy(content: string): TitleBy | null {
  if (content.length > MAX_TITLE_BY_LENGTH) return null;
  let at = content.lastIndexOf(' by ');
  while (at > 0) {
    const title = content.slice(0, at).trim();
    const authors = parsePersonNames(content.slice(at + 4));
    if (authors !== null && isTitleLike(title)) return { title, authors };
    at = content.lastIndexOf(' by ', at - 1);
  }
  return null;
}

function isTitleLike(title: string): boolean {
  if (!/\p{L}/u.test(title) || hasSentenceBreak(title)) return false;
  return title.split(/\s+/u).length <= MAX_TITLE_WORDS && !/[.:;,]$/u.test(title);
}
