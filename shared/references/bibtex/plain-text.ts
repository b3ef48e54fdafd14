// The parser renders formatting as HTML-like tags; a record holds plain text.

/** Tags that break a block: paragraphs, list items, quotations, headings. */
const BLOCK_TAG = /<\/?(?:p|br|li|ul|ol|blockquote|h[1-6])\b[^<>]*>/gu;
/** Tags that only style a run of text: emphasis, bold, small caps, code, scripts, links, case protection. */
const INLINE_TAG = /<\/?(?:i|b|em|strong|sc|nc|ncx|code|sup|sub|span|a)\b[^<>]*>/gu;

/** The parser draws `\LaTeX` with a superscript A and a subscript E; as plain text it is the word. */
const LATEX_LOGO = /Lᴬ?T<sub>E<\/sub>X/gu;

/**
 * Parser output as plain text: markup removed, paragraph breaks kept as a blank line, other whitespace
 * single spaces, and accents composed (the parser writes `{\'e}` as `e` and a combining accent).
 */
export function stripMarkup(value: string): string {
  const text = value.includes('<')
    ? value.replace(LATEX_LOGO, 'LaTeX').replace(BLOCK_TAG, '\n\n').replace(INLINE_TAG, '')
    : value;
  return tidyWhitespace(text).normalize('NFC');
}

function tidyWhitespace(value: string): string {
  return value
    .replace(/[^\S\n]+/gu, ' ')
    .replace(/ ?\n ?/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .replace(/(?<!\n)\n(?!\n)/gu, ' ')
    .trim();
}
