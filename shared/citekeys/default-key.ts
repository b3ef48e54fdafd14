import { familyName } from '../identity/title-key';
import { foldToAscii } from './ascii-fold';

/** What a default key is made of; `text` stands in for a missing title. */
export interface KeySource {
  authors: readonly string[];
  year: number | null;
  title: string | null;
  text: string;
}

/** The key of an abstract that has nothing to build one from. */
export const ANONYMOUS_KEY = 'anon';

/**
 * Words a title (or an abstract's first sentence) starts with that say nothing of the work: English
 * function words and pronouns, and the common articles and prepositions of the other languages
 * papers are titled in, as Better BibTeX skips.
 */
const STOP_WORDS = new Set(
  (
    'a an the on of in for and to with from by at towards toward via is are as into onto over under about ' +
    'or nor but up out upon per than through within without between among using how what why when which ' +
    'this that these those we our us it here there ' +
    'le la les un une des du de del der die das den ein eine el los las lo il von van zu zum et'
  ).split(' '),
);

/** Words looked at before giving up on finding a significant one (a long abstract need not be split whole). */
const WORDS_LOOKED_AT = 60;

/**
 * The default citation key, in the manner of Better BibTeX's `auth.lower + year + shorttitle(1,1).lower`:
 *
 * - the first author's family name (the last word of "Given particle Family", before Jr./III, so
 *   `Jan van der Berg` gives `berg`), folded to lower-case ASCII: accents stripped (`Müller` →
 *   `muller`, `Ångström` → `angstrom`), everything else dropped; a name in another script gives nothing;
 * - the year;
 * - the first significant word of the title (or, without a title, of the abstract's text), folded
 *   the same way: stop words and one-letter words are skipped, as are words that fold to nothing.
 *
 * A part that is missing is left out (`vaswani2017`, `2017attention`); when all are, the key is `anon`.
 * The key is a base: the library makes it unique with uniqueKey.
 */
export function defaultCitationKey(source: KeySource): string {
  const first = source.authors[0];
  const family = first === undefined ? '' : foldToAscii(familyName(first));
  const year = source.year === null ? '' : String(source.year);
  const word = firstSignificantWord(source.title ?? '') ?? (source.title === null || source.title.trim() === '' ? firstSignificantWord(source.text) : null) ?? '';
  const key = `${family}${year}${word}`;
  return key === '' ? ANONYMOUS_KEY : key;
}

function firstSignificantWord(value: string): string | null {
  const words = value.split(/[^\p{L}\p{N}\p{M}]+/u, WORDS_LOOKED_AT);
  for (const word of words) {
    const folded = foldToAscii(word);
    if (folded.length > 1 && !STOP_WORDS.has(folded)) return folded;
  }
  return null;
}
