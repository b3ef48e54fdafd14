import fc from 'fast-check';

/** Pieces of captured abstracts: math with and without backslashes, split words, prices, braces. */
const PIECES =
  '$|$|$$|frac|{|}|1|2|^|_|to|le|qle|mathbb|R|x|n| | | |infty|text|left|right|(|)|emph|citet|relat|e|wor|se|alpha|\\|softmax|min|the|in|into|ReLU|geq|lceil|p|.|,|\n|\n\n|*|tilde|O|k|-'.split(
    '|',
  );

/** What stands inside a formula whose backslashes the portal stripped (or kept). */
const MATH_TOKENS =
  'frac{1}{2}|qle|p|^|_|nto|mathbb{R}|infty|x|k|{k+1}| |lceil|rceil|text{max}|left(|right)|alpha|softmax|\\frac|ReLU|*|-|1|,|{|}|geq|tilde{O}'.split(
    '|',
  );

/** Prose around formulas: split words, text commands, words that must stay apart, stray dollars. */
const PROSE_TOKENS =
  'relat e|wor se|representatio ns|in to|the|n|emph{x}|citet{y}|we|show|5|.|,|(|)|network|Relat e|$|\n'.split(
    '|',
  );

const formula = fc
  .array(fc.constantFrom(...MATH_TOKENS), { minLength: 1, maxLength: 12 })
  .map((tokens) => `$${tokens.join('').trim() || 'x'}$`);

const separator = fc.constantFrom(' ', ' ', '', '\n');

/** Abstract-like text: formulas and prose tokens with spaces, nothing or line breaks between them. */
const structuredText = fc
  .array(fc.tuple(fc.oneof(formula, fc.constantFrom(...PROSE_TOKENS)), separator), { maxLength: 30 })
  .map((segments) => segments.map(([segment, after]) => segment + after).join(''));

/** Any mix of the pieces, to reach the odd corners (unbalanced dollars and braces, lone backslashes). */
const randomPieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));

export const capturedText = fc.oneof(structuredText, randomPieces);
