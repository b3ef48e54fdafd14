import type { Library } from '@retorquere/bibtex-parser';
import { splitIntoChunks } from './chunks';
import { literalValues } from './literal-values';
import { OffsetMap } from './offset-map';
import { isPlainValue, plainModeOf, renderPlainValue } from './plain-value';
import { writeOutSimpleLatex } from './simple-latex';

/** Directives whose values must reach the parser as written (macros, preambles, JabRef metadata). */
const NOT_ENTRIES = new Set(['', 'string', 'preamble', 'comment']);

export interface HiddenText {
  text: string;
  /** Offsets in `text` back to the text given to `hide`. */
  toOriginal: (offset: number) => number;
}

/**
 * The parser's LaTeX step is slow and, on a value with no LaTeX in it, changes only whitespace; such
 * values (long abstracts above all) are hidden behind stand-ins before a parse and put back, as the
 * parser would have written them, after it.
 */
export interface PlainValues {
  hide: (text: string) => HiddenText;
  /** Every field value that is a stand-in becomes what the parser makes of the value it hid. */
  restore: (library: Library) => void;
}

/** Hides nothing: for a file whose private-use characters leave none to spare. */
export const KEEP_VALUES: PlainValues = {
  hide: (text) => ({ text, toOriginal: (offset) => offset }),
  restore: () => undefined,
};

/**
 * `marker` opens each stand-in, and `digits` (none of them in the file) number it. `passThrough` are
 * characters the parser copies as they are (the stand-ins math hides behind): a value holding them
 * may still be plain.
 */
export function plainValues(marker: string, digits: readonly string[], passThrough: readonly string[] = []): PlainValues {
  const passing = passThrough.length === 0 ? null : new RegExp(`[${passThrough.join('')}]`, 'gu');
  const rendered = new Map<string, string>();
  const standIn = (): string => {
    let number = rendered.size;
    let name = marker;
    do {
      name += digits[number % digits.length] ?? '';
      number = Math.floor(number / digits.length);
    } while (number > 0);
    return name;
  };
  return {
    hide: (text) => {
      const map = new OffsetMap();
      let hidden = '';
      let at = 0;
      map.anchor(0, 0);
      for (const chunk of splitIntoChunks(text)) {
        if (NOT_ENTRIES.has(chunk.directive)) continue;
        for (const value of literalValues(text.slice(chunk.start, chunk.end))) {
          const mode = plainModeOf(value.field);
          if (mode === null) continue;
          const content = writeOutSimpleLatex(text.slice(chunk.start + value.start, chunk.start + value.end));
          if (!isPlainValue(passing === null ? content : content.replace(passing, 'x'))) continue;
          const name = standIn();
          rendered.set(name, renderPlainValue(content, mode));
          hidden += text.slice(at, chunk.start + value.start);
          map.anchor(hidden.length, chunk.start + value.start);
          hidden += name;
          at = chunk.start + value.end;
          map.anchor(hidden.length, at);
        }
      }
      return { text: hidden + text.slice(at), toOriginal: (offset) => map.toSource(offset) };
    },
    restore: (library) => {
      if (rendered.size === 0) return;
      for (const entry of library.entries) {
        const fields = entry.fields as Record<string, unknown>;
        for (const [field, value] of Object.entries(fields)) {
          if (typeof value === 'string') {
            const original = rendered.get(value);
            if (original !== undefined) fields[field] = original;
          }
        }
      }
    },
  };
}
