import { FieldMode } from '@retorquere/bibtex-parser';
import { PARSER_OPTIONS } from './library';

/**
 * Anything the parser's LaTeX step may change besides whitespace: commands, groups, math, comments,
 * active characters, the OT1 angle brackets, the ligatures (`--`, `''`, backquotes), the markup
 * delimiters it uses inside (`\x0E`, `\x0F`), private-use stand-ins, and whitespace it may read otherwise.
 * `@` and `"` are left out too, for the tokenizer's sake.
 */
const NOT_PLAIN =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be matched here
  /[\\{}$%&~^_#<>"@`\x00-\x08\x0B-\x1F\x7F-\x9F\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\uE000-\uF8FF]|--|''/u;

/** Shorter values are not worth a stand-in. */
export const MIN_PLAIN_LENGTH = 40;

/** Fields read in a mode other than title, literal or rich text, or given a treatment of their own. */
const SPECIAL_FIELDS: readonly (string | RegExp)[] = [
  ...FieldMode.creatorlist,
  ...FieldMode.verbatim,
  ...FieldMode.literallist,
  /^keywords/u,
  'crossref',
  'year',
  'month',
  'xdata',
  'ids',
];

const RICH_TEXT = new Set<string>([
  ...FieldMode.richtext,
  ...Object.entries(PARSER_OPTIONS.fieldMode ?? {})
    .filter(([, mode]) => mode === 'richtext')
    .map(([field]) => field),
]);

export type PlainMode = 'richtext' | 'other';

/** How the parser reads the field, when its LaTeX step is the identity on plain text there; null otherwise. */
export function plainModeOf(field: string): PlainMode | null {
  if (
    SPECIAL_FIELDS.some((special) => (typeof special === 'string' ? special === field : special.test(field)))
  )
    return null;
  return RICH_TEXT.has(field) ? 'richtext' : 'other';
}

/** Whether a value's content holds no LaTeX at all, and is long enough to hide from the parser. */
export function isPlainValue(content: string): boolean {
  return content.length >= MIN_PLAIN_LENGTH && /\S/u.test(content) && !NOT_PLAIN.test(content);
}

/**
 * What the parser makes of a plain value: whitespace runs read as one space, and in rich text a run
 * holding a blank line as a paragraph break (`<p>`); spaces at either end dropped.
 */
export function renderPlainValue(content: string, mode: PlainMode): string {
  const spaced = content.replace(/\s+/gu, (run) =>
    mode === 'richtext' && /\n\s*\n/u.test(run) ? '<p>' : ' ',
  );
  return spaced.replace(/^ | $/gu, '');
}
