/** Anything that is not a letter or a digit: whitespace, punctuation, symbols, marks, backslashes. */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
/** Printable ASCII and line breaks: text whose NFKC form is itself and whose letters are A-Z and a-z. */
const PLAIN_ASCII = /^[\t\n\r -~]*$/;
const NOT_ASCII_LETTER_OR_DIGIT = /[^a-z0-9]+/g;

/**
 * The form of a text used to decide whether two captures hold the same abstract.
 * Unicode NFKC folds compatibility forms (ligatures, full-width letters), case is folded, and only
 * letters and digits are kept, so stray spaces ("relat e"), punctuation, and the backslashes the
 * portal strips from LaTeX ("$frac{1}{2}$" against "$\frac{1}{2}$") make no difference.
 */
export function normalizeForIdentity(text: string): string {
  // The same result as the general path below, a few times faster on 100k abstracts.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(NOT_ASCII_LETTER_OR_DIGIT, '');
  return text.normalize('NFKC').toLowerCase().normalize('NFKC').replace(NOT_LETTER_OR_DIGIT, '');
}
