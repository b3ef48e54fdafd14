/** What an abstract with neither a title nor any text is called. */
export const UNTITLED = 'Untitled';

/** About how long a title made from the text may be before it is cut. */
const MAX_DERIVED_TITLE = 90;

/** A sentence ends at . ! or ? followed by a space and a capital, a digit or an opening mark ("e.g. the" does not). */
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}\p{N}("'“$])/u;

/**
 * What a list or a header shows for an abstract: its title, or else its first sentence, cut on a
 * word boundary near 90 characters with an ellipsis.
 */
export function displayTitle(abstract: { title: string | null; text: string }): string {
  const title = abstract.title?.replace(/\s+/g, ' ').trim();
  if (title) return title;
  const flat = abstract.text.replace(/\s+/g, ' ').trim();
  // A reference entry may bring neither a title nor an abstract.
  if (flat === '') return UNTITLED;
  const end = flat.search(SENTENCE_END);
  const sentence = end >= 0 ? flat.slice(0, end + 1) : flat;
  if (sentence.length <= MAX_DERIVED_TITLE) return sentence;
  const lastSpace = sentence.lastIndexOf(' ', MAX_DERIVED_TITLE);
  const cut =
    lastSpace > MAX_DERIVED_TITLE / 2 ? sentence.slice(0, lastSpace) : sentence.slice(0, MAX_DERIVED_TITLE);
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}
