/**
 * citeproc-js reads `<i>`, `<b>`, `<sup>`, `<sc>` and `<span class="nocase">` in any field as
 * formatting. Our text is never markup, so every `<` goes in as a private-use character and comes
 * out as `<` (plain text) or `&#60;` (HTML): what the source wrote is what the reader gets.
 */
const STAND_IN = '\uE000';
const STAND_INS = /\uE000/gu;

/** A field's text with no `<` citeproc could read as a tag. */
export function shield(text: string): string {
  return text.replace(STAND_INS, '').replaceAll('<', STAND_IN);
}

/** citeproc's output with our `<` restored, as text or as an HTML entity. */
export function unshield(output: string, format: 'text' | 'html'): string {
  return output.replace(STAND_INS, format === 'html' ? '&#60;' : '<');
}
