import { findMathRegions } from '../../text/math-regions';
import type { MathRegion } from '../../text/math-regions';

/** Characters BibTeX or LaTeX read as markup, and how to write each as itself. */
const SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const SPECIAL = /[\\%&#_$~^]/u;
/** Character pairs TeX fonts turn into one glyph (`--` an en dash, `''` a closing quote, `?\`` an ¿). */
const LIGATURE = /([-'`])(?=\1)|([?!])(?=`)/gu;
const WORD_OR_SPACE = /\s+|\S+/gu;

export interface LatexOptions {
  /** Title and abstract: `$…$` is math and written as it stands; `\$` is a literal dollar sign. */
  math: boolean;
  /** Titles: brace each word with a capital (but a capitalised first word) so styles that lowercase titles keep it. */
  protectCapitals: boolean;
}

/**
 * Plain Unicode text as a BibTeX field's content: UTF-8 kept, markup characters escaped, braces always
 * balanced (a brace without its partner is written `\textbraceleft{}`, as BibTeX counts even escaped braces).
 */
export function latexText(text: string, options: LatexOptions): string {
  const regions = options.math ? findMathRegions(text).filter((region) => isBalanced(text.slice(region.start, region.end))) : [];
  const unmatched = unmatchedBraces(text, regions);
  let out = '';
  let at = 0;
  let firstWord = true;
  const writeText = (end: number): void => {
    for (const match of text.slice(at, end).matchAll(WORD_OR_SPACE)) {
      const start = at + (match.index ?? 0);
      const word = match[0];
      if (/^\s/u.test(word)) {
        out += word;
        continue;
      }
      const escaped = escapeWord(text, start, start + word.length, unmatched, options.math);
      out += options.protectCapitals && needsProtection(word, firstWord) ? protect(escaped) : escaped;
      firstWord = false;
    }
  };
  for (const region of regions) {
    const delimiter = region.display ? 2 : 1;
    writeText(region.start - delimiter);
    out += text.slice(region.start - delimiter, region.end + delimiter);
    at = region.end + delimiter;
    firstWord = false;
  }
  writeText(text.length);
  return out;
}

function escapeWord(text: string, start: number, end: number, unmatched: ReadonlySet<number>, math: boolean): string {
  let out = '';
  for (let index = start; index < end; index += 1) {
    const char = text[index] ?? '';
    if (math && char === '\\' && text[index + 1] === '$' && index + 1 < end) {
      out += '\\$';
      index += 1;
    } else if (char === '{') out += unmatched.has(index) ? '\\textbraceleft{}' : '\\{';
    else if (char === '}') out += unmatched.has(index) ? '\\textbraceright{}' : '\\}';
    else out += SPECIAL.test(char) ? (SPECIALS[char] ?? char) : char;
  }
  return out.replace(LIGATURE, (pair) => `${pair}{}`);
}

/** Indexes of braces outside math that have no partner. */
function unmatchedBraces(text: string, math: readonly MathRegion[]): Set<number> {
  const unmatched = new Set<number>();
  const open: number[] = [];
  let region = 0;
  for (let index = 0; index < text.length; index += 1) {
    const current = math[region];
    if (current !== undefined && index >= current.start - (current.display ? 2 : 1)) {
      index = current.end + (current.display ? 2 : 1) - 1;
      region += 1;
      continue;
    }
    if (text[index] === '{') open.push(index);
    else if (text[index] === '}') {
      if (open.pop() === undefined) unmatched.add(index);
    }
  }
  for (const index of open) unmatched.add(index);
  return unmatched;
}

/** Math is written as it stands only when its braces (escaped or not, as BibTeX counts them) balance. */
function isBalanced(math: string): boolean {
  let depth = 0;
  for (const char of math) {
    if (char === '{') depth += 1;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** A word with a capital, unless it opens the title with just its first letter capitalised ("Deep"). */
function needsProtection(word: string, first: boolean): boolean {
  const letters = word.match(/\p{L}/gu) ?? [];
  const capitals = letters.filter((letter) => /\p{Lu}/u.test(letter)).length;
  if (capitals === 0) return false;
  return !(first && capitals === 1 && /\p{Lu}/u.test(letters[0] ?? ''));
}

/** `{RNN}`; a group that opens with a command is doubled, or BibTeX would take it for one accented letter. */
function protect(escaped: string): string {
  return escaped.startsWith('\\') ? `{{${escaped}}}` : `{${escaped}}`;
}
