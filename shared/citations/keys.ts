/** A key pandoc reads bare: letters, digits and `_`, with internal `:.#$%&-+?<>~/`, ending in a letter, digit or `_`. */
const BARE_PANDOC_KEY = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&\-+?<>~/]*[\p{L}\p{N}_])?$/u;

/** A pandoc citation of `keys`: `[@a; @b]`; a key pandoc would misread is braced, `@{a key}`. */
export function pandocCitation(keys: readonly string[]): string {
  return `[${keys.map((key) => (BARE_PANDOC_KEY.test(key) ? `@${key}` : `@{${key}}`)).join('; ')}]`;
}

/** A LaTeX citation of `keys`: `\cite{a,b}`. */
export function latexCitation(keys: readonly string[]): string {
  return `\\cite{${keys.join(',')}}`;
}
