import { parse } from '@retorquere/bibtex-parser';
import type { Entry, Library, Options } from '@retorquere/bibtex-parser';

type UnsupportedHandler = Exclude<Options['unsupported'], 'ignore' | undefined>;

/** TeX logos the parser does not know: they take no argument, so giving way to their arguments would lose them. */
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

/** JabRef's metadata marker, and a stand-in of the same length that the parser's JabRef reader passes over. */
const JABREF_META = 'jabref-meta:';
const JABREF_META_OFF = 'jabref-meta-';

export interface ReadLibrary {
  library: Library;
  /** The text the library was read from: the file's, unless its JabRef metadata had to be left out (same offsets). */
  text: string;
  groupsLost: boolean;
}

/**
 * Reads the file. The parser's JabRef reader throws on a damaged group tree (a level out of order),
 * which would lose every entry; then the file is read again with its JabRef metadata left aside.
 */
export function readLibrary(text: string): ReadLibrary | null {
  const library = parseLibrary(text);
  if (library !== null) return { library, text, groupsLost: false };
  if (!text.includes(JABREF_META)) return null;
  const withoutMeta = text.replaceAll(JABREF_META, JABREF_META_OFF);
  const again = parseLibrary(withoutMeta);
  return again === null ? null : { library: again, text: withoutMeta, groupsLost: true };
}

/** Entries the parser read whole; an entry it gave up on is still listed, with no source text. */
export function readEntries(library: Library): Entry[] {
  return library.entries.filter((entry) => entry.input !== '');
}
