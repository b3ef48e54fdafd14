import { parse } from '@retorquere/bibtex-parser';
import type { Entry, Library, Options } from '@retorquere/bibtex-parser';

type UnsupportedHandler = Exclude<Options['unsupported'], 'ignore' | undefined>;

/** TeX logos the parser does not know; any other unknown command would vanish with them. */
const LOGOS: Readonly<Record<string, string>> = {
  TeX: 'TeX',
  BibTeX: 'BibTeX',
  LaTeXe: 'LaTeX2e',
  XeTeX: 'XeTeX',
  XeLaTeX: 'XeLaTeX',
  LuaTeX: 'LuaTeX',
  pdfTeX: 'pdfTeX',
  pdfLaTeX: 'pdfLaTeX',
  ConTeXt: 'ConTeXt',
  METAFONT: 'METAFONT',
  MF: 'METAFONT',
  AmS: 'AMS',
};

/**
 * A command the parser does not know gives way to its arguments (`\ce{H2O}` → `H2O`, not `\ceH2O`),
 * unless it is a TeX logo; an unknown environment stays as written.
 */
const keepArguments: UnsupportedHandler = (node, tex) =>
  node.type === 'macro' ? (LOGOS[node.content] ?? '') : tex;

/**
 * How Lectern asks the parser to read a file:
 * - `english: false` and `sentenceCase: false`: titles keep the case they were written in (by default
 *   English titles are sentence-cased, and every brace becomes `<span class="nocase">`);
 * - `caseProtection: false`: no case-protection markup either, whatever the language;
 * - `abstract` as rich text, so its paragraph breaks come out as `<p>` and can be kept;
 * - `keywords` as rich text rather than the parser's verbatim, so `Schr{\"o}dinger` reads `Schrödinger`;
 * - unknown commands give way to their arguments instead of being printed and reported one by one;
 * - crossref inheritance on (the default, stated so it stays on).
 */
export const PARSER_OPTIONS: Options = {
  english: false,
  sentenceCase: false,
  caseProtection: false,
  applyCrossRef: true,
  fieldMode: { abstract: 'richtext', keywords: 'richtext' },
  unsupported: keepArguments,
};

/** The parsed library, or null if the parser failed outright (it reports bad entries as errors, so this is a backstop). */
export function parseLibrary(text: string): Library | null {
  try {
    return parse(text, PARSER_OPTIONS);
  } catch {
    return null;
  }
}

/** Entries the parser read whole; an entry it gave up on is still listed, with no source text. */
export function readEntries(library: Library): Entry[] {
  return library.entries.filter((entry) => entry.input !== '');
}
