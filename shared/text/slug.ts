const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * A lower-case, file-name- and id-safe form of `text`: each run of anything but letters and digits
 * becomes one hyphen, with none at either end. Past `maxLength` it is cut, again without a trailing
 * hyphen. Stored user link type ids are built with it, so its output for a given text must not change.
 */
export function slugify(text: string, maxLength = Infinity): string {
  const slug = text.toLowerCase().normalize('NFKC').replace(NOT_LETTER_OR_DIGIT, '-').replace(/^-|-$/g, '');
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-$/, '');
}
