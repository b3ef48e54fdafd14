/** A display name split for a reference format: a person in parts, or a name kept whole (an institution). */
export type ExportName =
  | { kind: 'person'; given: string; particle: string; family: string; suffix: string }
  | { kind: 'literal'; literal: string };

/** The same suffixes `familyName` (shared/identity/title-key.ts) files a name under the word before. */
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv|v)$/iu;
/** Particles a name may start with when it has no given name ("van Gogh", "de la Cruz"). */
const LEADING_PARTICLES = new Set(['van', 'von', 'vander', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'ten', 'ter', 'zu']);
/** Words that make a name an organisation rather than a person. */
const INSTITUTION_WORD =
  /^(?:organi[sz]ation|institut(?:e|o)?|universit(?:y|ät|é|à|ad)|consortium|collaboration|association|society|committee|council|agency|foundation|corporation|company|inc\.?|ltd\.?|llc|gmbh|group|team|project|laborator(?:y|ies)|lab|cent(?:er|re)|department|ministry|office|commission|bureau|network|initiative|alliance|federation|board|authority|services?|programme|program|trust|hospital|school|college|academy|museum|library|press|working|force)$/iu;
/** What no person's name in "Given Family" order holds: digits, ampersands, commas, brackets, the word "and". */
const NOT_A_PERSON = /[\d&,()[\]{}@]|(?:^|\s)and(?:\s|$)/iu;
/** An acronym standing alone ("NASA", "IEEE"). */
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * Splits "Given particle Family Suffix" (`Jan van der Berg`, `John Smith Jr.`) as BibTeX splits "First von
 * Last": the first run of lower-case words after the given name is the particle and what follows it the
 * family name (`Charles de la Vallée Poussin`); without one, the last word is the family name. Whatever the
 * split, the readers' `formatName` joins the parts into the same string again. Institutions are kept whole,
 * so formats that can (BibTeX, CSL) say so.
 */
export function splitName(display: string): ExportName {
  const name = display.trim().replace(/\s+/gu, ' ');
  const words = name.split(' ');
  if (isInstitution(name, words)) return { kind: 'literal', literal: name };
  const end = words.length > 1 && SUFFIX.test(words[words.length - 1] ?? '') ? words.length - 1 : words.length;
  const suffix = words.slice(end).join(' ');
  // A lower-case first word is a given name ("bell hooks") unless it is a known particle ("van Gogh").
  const leadingParticle = LEADING_PARTICLES.has(words[0] ?? '');
  let start = leadingParticle ? 0 : words.findIndex((word, index) => index > 0 && index < end - 1 && isLowerCaseWord(word));
  if (start < 0) start = end - 1;
  let family = start;
  while (family < end - 1 && isLowerCaseWord(words[family] ?? '')) family += 1;
  return {
    kind: 'person',
    given: words.slice(0, start).join(' '),
    particle: words.slice(start, family).join(' '),
    family: words.slice(family, end).join(' '),
    suffix,
  };
}

function isInstitution(name: string, words: readonly string[]): boolean {
  if (NOT_A_PERSON.test(name)) return true;
  if (words.length === 1) return ACRONYM.test(name);
  return words.some((word) => INSTITUTION_WORD.test(word));
}

function isLowerCaseWord(word: string): boolean {
  return /^\p{Ll}/u.test(word);
}

/** The family part as formats that have no particle field write it: "van der Berg". */
export function familyWithParticle(name: { particle: string; family: string }): string {
  return name.particle === '' ? name.family : `${name.particle} ${name.family}`;
}
