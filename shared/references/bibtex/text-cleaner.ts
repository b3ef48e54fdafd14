import type { AngleBrackets } from './angle-brackets';
import { stripMarkup } from './plain-text';

/** Fields the app renders with math: their literal `$` is written `\$`, and math comes back as `$…$`. */
export const MATH_FIELDS: ReadonlySet<string> = new Set(['title', 'abstract']);

const PRIVATE_USE = /[\uE000-\uF8FF]/gu;

/** Stand-in character → what goes back in its place. */
export type StandIns = ReadonlyMap<string, string>;

/** Turns the parser's output into record text; `math` puts back what stand-ins hid. */
export interface TextCleaner {
  /** Markup removed, whitespace tidied, literal angle brackets back. */
  plain: (value: string, math?: StandIns) => string;
  /** A verbatim value (URL, DOI, file): stand-ins and angle brackets back, whitespace trimmed. */
  verbatim: (value: string, math?: StandIns) => string;
  /** A title or abstract: plain, its literal dollars escaped (`\$`), its math back as `$…$`. */
  withMath: (value: string, math?: StandIns) => string;
}

export function textCleaner(angles: AngleBrackets): TextCleaner {
  const restore = (value: string, math: StandIns | undefined): string =>
    angles.restore(
      math === undefined || math.size === 0
        ? value
        : value.replace(PRIVATE_USE, (standIn) => math.get(standIn) ?? standIn),
    );
  return {
    plain: (value, math) => restore(stripMarkup(value), math),
    verbatim: (value, math) => restore(value, math).trim(),
    withMath: (value, math) => restore(stripMarkup(value).replaceAll('$', '\\$'), math),
  };
}
