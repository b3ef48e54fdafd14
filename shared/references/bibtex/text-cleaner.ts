import type { AngleBrackets } from './angle-brackets';
import { stripMarkup } from './plain-text';

/** Fields the app renders with math: their literal `$` is written `\$`, and math comes back as `$…$`. */
export const MATH_FIELDS: ReadonlySet<string> = new Set(['title', 'abstract']);

const PRIVATE_USE = /[\uE000-\uF8FF]/gu;

/** Turns the parser's output into record text. */
export interface TextCleaner {
  /** Markup removed, whitespace tidied, literal angle brackets back. */
  plain: (value: string) => string;
  /** A verbatim value (URL, DOI, file): only the angle brackets back and whitespace trimmed. */
  verbatim: (value: string) => string;
  /** A title or abstract: plain, its literal dollars escaped, and its math (stand-in → `$…$` source) put back. */
  withMath: (value: string, math?: ReadonlyMap<string, string>) => string;
}

export function textCleaner(angles: AngleBrackets): TextCleaner {
  return {
    plain: (value) => angles.restore(stripMarkup(value)),
    verbatim: (value) => angles.restore(value).trim(),
    withMath: (value, math) => {
      const escaped = stripMarkup(value).replaceAll('$', '\\$');
      const withMath =
        math === undefined || math.size === 0
          ? escaped
          : escaped.replace(PRIVATE_USE, (standIn) => math.get(standIn) ?? standIn);
      return angles.restore(withMath);
    },
  };
}
