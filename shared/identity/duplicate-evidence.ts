// The evidence that two records are one paper: what is compared, the thresholds, and the verdict on one pair.

import type { BibliographicDraft } from '../import/plan-types';
import { identifiersAgree } from './bibliographic';
import { familyName, foldForMatching, normalizeTitle } from './title-key';
import { type BigramProfiles, contentWords, isGenericTitle, numbersOf } from './title-similarity';

/** What pair finding reads of an abstract: no text, so a library of 100,000 is read quickly. */
export interface DuplicateCandidate extends Pick<BibliographicDraft, 'doi' | 'arxiv'> {
  id: number;
  title: string | null;
  /** For an abstract without a title: the opening of its text the list shows (its first sentence); otherwise ignored. */
  opening: string;
  year: number | null;
  authors: readonly string[];
}

/** Why a pair is offered: shown beside it, so the user sees what to check. */
export type NearDuplicateReason = 'same-title' | 'similar-title' | 'title-and-subtitle' | 'same-opening';

export interface NearDuplicatePair {
  /** The lower id. */
  low: number;
  high: number;
  reason: NearDuplicateReason;
  /** Dice coefficient of the titles' (or openings') bigrams, 0 to 1. */
  similarity: number;
}

/**
 * Titles this similar are one paper on their own (typos, spelling, a dropped article: 0.96–1.0 in
 * the tests), while different papers with close titles ("… part I" / "… part II" aside, which the
 * numbers tell apart) stay below (0.90 for "Stochastic gradient descent escapes…" / "Gradient descent
 * escapes…").
 */
export const SURE_TITLE_SIMILARITY = 0.95;
/**
 * Titles this similar are one paper when the author lists share a name: British spelling (0.89) or
 * a shortened title (0.94) pass, "matrix" / "tensor factorization" (0.85) and "image" / "text
 * classification" (0.83) do not.
 */
export const NEAR_TITLE_SIMILARITY = 0.86;
/** Openings of texts without titles must be nearly identical, and long enough not to be boilerplate. */
export const SAME_OPENING_SIMILARITY = 0.95;
export const MIN_OPENING_LETTERS = 60;
/** A preprint and its journal version may be a few years apart; more than this, it is another paper. */
export const MAX_YEAR_GAP = 3;
/** A title shared by more records than this is a heading ("Discussion", "Front matter"), not a paper's. */
export const MAX_SHARED_TITLE = 4;
/** The shorter title of a title/subtitle pair needs this many content words. */
const MIN_SUBTITLE_BASE_WORDS = 3;

/** Authors past this many do not change whether two lists share a name, and a collaboration may list thousands. */
const MAX_AUTHORS_COMPARED = 12;

/** What is compared of one record: its normalised title (or opening), numbers and authors' family names. */
export interface Prepared {
  candidate: DuplicateCandidate;
  /** Its index in the profiles. */
  index: number;
  kind: 'title' | 'opening';
  key: string;
  numbers: string;
  families: readonly string[];
  generic: boolean;
  contentWordCount: number;
}

/** A record made ready for comparing; null when it has neither a title nor an opening. */
export function prepare(candidate: DuplicateCandidate): Omit<Prepared, 'index'> | null {
  const titled = candidate.title !== null && candidate.title.trim() !== '';
  const key = normalizeTitle(titled ? (candidate.title ?? '') : candidate.opening);
  if (key === '') return null;
  const words = key.split(' ');
  const families = candidate.authors
    .slice(0, MAX_AUTHORS_COMPARED)
    .map((author) => foldForMatching(familyName(author)))
    .filter((family) => family !== '');
  return {
    candidate,
    kind: titled ? 'title' : 'opening',
    key,
    numbers: numbersOf(words),
    families,
    generic: titled && isGenericTitle(words),
    contentWordCount: contentWords(words).length,
  };
}

function sharesAuthor(a: Prepared, b: Prepared): boolean {
  return a.families.some((family) => b.families.includes(family));
}

/** Facts that rule a pair out whatever its titles: two DOIs, numbers, years far apart, no author in common. */
function contradicts(a: Prepared, b: Prepared): boolean {
  const x = a.candidate;
  const y = b.candidate;
  if (!identifiersAgree(x, y)) return true;
  if (a.numbers !== b.numbers) return true;
  if (x.year !== null && y.year !== null && Math.abs(x.year - y.year) > MAX_YEAR_GAP) return true;
  return a.families.length > 0 && b.families.length > 0 && !sharesAuthor(a, b);
}

/** One title is the other with a subtitle added: "Adam" and "Adam: a method for…" would not do, so the base needs words. */
function isTitleAndSubtitle(a: Prepared, b: Prepared): boolean {
  const [shorter, longer] = a.key.length <= b.key.length ? [a, b] : [b, a];
  return shorter.contentWordCount >= MIN_SUBTITLE_BASE_WORDS && longer.key.startsWith(`${shorter.key} `);
}

function similarityOf(profiles: BigramProfiles, a: Prepared, b: Prepared, floor: number): number {
  return a.key === b.key ? 1 : profiles.dice(a.index, b.index, floor);
}

/**
 * Whether two records are alike enough to be looked at closely: what their indexed keys alone can
 * tell (no authors, and no telling a title from a text's opening), so it lets through every pair
 * `judge` could offer, and some it will not.
 */
export function widelyAlike(profiles: BigramProfiles, a: Prepared, b: Prepared): boolean {
  if (a.generic || b.generic || contradicts(a, b)) return false;
  return similarityOf(profiles, a, b, NEAR_TITLE_SIMILARITY) >= NEAR_TITLE_SIMILARITY || isTitleAndSubtitle(a, b);
}

/** The reason a pair of records is offered, or null when it is not. Cheap tests first: most pairs fail them. */
export function judge(profiles: BigramProfiles, a: Prepared, b: Prepared): Omit<NearDuplicatePair, 'low' | 'high'> | null {
  if (a.kind !== b.kind || a.generic || b.generic || contradicts(a, b)) return null;
  if (a.kind === 'opening') {
    if (Math.min(profiles.size(a.index), profiles.size(b.index)) + 1 < MIN_OPENING_LETTERS) return null;
    const similarity = similarityOf(profiles, a, b, SAME_OPENING_SIMILARITY);
    return similarity >= SAME_OPENING_SIMILARITY ? { reason: 'same-opening', similarity } : null;
  }
  const shared = sharesAuthor(a, b);
  const similarity = similarityOf(profiles, a, b, shared ? NEAR_TITLE_SIMILARITY : SURE_TITLE_SIMILARITY);
  if (similarity >= SURE_TITLE_SIMILARITY) return { reason: a.key === b.key ? 'same-title' : 'similar-title', similarity };
  if (!shared) return null;
  if (similarity >= NEAR_TITLE_SIMILARITY) return { reason: 'similar-title', similarity };
  return isTitleAndSubtitle(a, b) ? { reason: 'title-and-subtitle', similarity: similarityOf(profiles, a, b, 0) } : null;
}
