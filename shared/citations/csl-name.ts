/** A name as CSL-JSON gives it: parts for a person, `literal` for an institution or a single name. */
export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv|v|vi)$/iu;
/** Words that only an organisation's name holds: such a name is kept whole, never inverted. */
const ORGANISATION =
  /\b(?:association|agency|center|centre|collaboration|committee|consortium|council|department|foundation|group|inc\.?|institute|laboratory|ltd\.?|ministry|network|organi[sz]ation|project|society|team|university)\b/iu;
/** A particle ("van", "der", "de", "von") is written in lower case; a given or family name is not. */
const LOWER_CASE_START = /^\p{Ll}/u;

/**
 * A display name ("Given particle Family Suffix", `Jan van der Berg`, `John Smith Jr.`) in CSL's parts.
 * One word, or an organisation's name, stays a literal so that no style abbreviates or inverts it.
 */
export function cslName(display: string): CslName {
  const name = display.trim().replace(/\s+/gu, ' ');
  // "John Smith, Jr." is the one comma a display name may hold; any other is no "Given Family" name.
  const flat = name.replace(/,\s*(\S+)$/u, (comma: string, last: string) => (SUFFIX.test(last) ? ` ${last}` : comma));
  const words = flat.split(' ');
  if (words.length < 2 || ORGANISATION.test(flat) || flat.includes(',')) return { literal: name };
  const suffixes: string[] = [];
  while (words.length > 2 && SUFFIX.test(words[words.length - 1] ?? '')) suffixes.unshift(words.pop() ?? '');
  const family = words.pop() ?? '';
  let particleStart = words.length;
  while (particleStart > 1 && LOWER_CASE_START.test(words[particleStart - 1] ?? '')) particleStart -= 1;
  const result: CslName = { family, given: words.slice(0, particleStart).join(' ') };
  const particle = words.slice(particleStart).join(' ');
  if (particle !== '') result['non-dropping-particle'] = particle;
  if (suffixes.length > 0) result.suffix = suffixes.join(' ');
  return result;
}
