/** Verbatim fields whose exporters still escape TeX specials (Mendeley writes `a{\_}b` in URLs and `C$\backslash$:` in paths). */
const ESCAPED_FIELDS = /^(?:url|doi|file|bdsk-url-\d+)$/u;
const BACKSLASH = /\{?\$\\backslash\$\}?/gu;
const ESCAPED_SPECIAL = /\{\\([_&%#$~])\}|\\([_&%#$~])(?:\{\})?/gu;

/** A URL, DOI or file path as its owner meant it, when the exporter escaped it for TeX. */
export function unescapeVerbatim(field: string, value: string): string {
  if (!ESCAPED_FIELDS.test(field) || !value.includes('\\')) return value;
  return value
    .replace(BACKSLASH, '\\')
    .replace(
      ESCAPED_SPECIAL,
      (_match, braced: string | undefined, bare: string | undefined) => braced ?? bare ?? '',
    );
}
