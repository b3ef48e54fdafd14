import { findMathRegions } from '../text/math-regions';

/** Characters Markdown (and Obsidian: `[[links]]`, `#tags`, `==marks==`, `%%comments%%`) reads as syntax. */
const SYNTAX = /[\\`*_[\]<>#|$]|==|~~|%%/gu;

function escapePlain(text: string): string {
  return text
    .replace(SYNTAX, (syntax) => `\\${syntax}`)
    .replace(/^(\s*)([-+])(?=\s)/gmu, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s)/gmu, '$1\\$2');
}

/**
 * Text that stays text in Markdown: syntax characters are backslash-escaped, except inside `$…$`
 * and `$$…$$` math, which is kept as written so Obsidian renders it.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  let from = 0;
  for (const region of findMathRegions(text)) {
    const delimiter = region.display ? 2 : 1;
    out += escapePlain(text.slice(from, region.start - delimiter));
    out += text.slice(region.start - delimiter, region.end + delimiter);
    from = region.end + delimiter;
  }
  return out + escapePlain(text.slice(from));
}

/** Text on one line (a heading, a list item): runs of white space, line breaks included, become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
