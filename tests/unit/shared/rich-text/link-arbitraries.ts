import fc from 'fast-check';

/** Schemes a link must never carry. */
export const UNSAFE_SCHEMES = ['javascript', 'vbscript', 'data', 'file', 'blob', 'about', 'chrome', 'ftp', 'tel'];

/**
 * A URL with one of `schemes`, disguised the ways browsers forgive: random case, leading spaces or
 * control characters, and tabs or newlines inside the scheme.
 */
export function disguisedUrl(schemes: readonly string[]): fc.Arbitrary<string> {
  const letter = (char: string): fc.Arbitrary<string> =>
    fc.tuple(fc.boolean(), fc.constantFrom('', '', '', '\t', '\n', '\r')).map(([upper, gap]) => (upper ? char.toUpperCase() : char) + gap);
  const leading = fc.array(fc.constantFrom(' ', '\t', '\n', '\u0000', '\u0001', '\u001f'), { maxLength: 3 }).map((chars) => chars.join(''));
  const scheme = fc.constantFrom(...schemes).chain((name) => fc.tuple(...[...name].map(letter)).map((chars) => chars.join('')));
  const rest = fc.constantFrom('alert(1)', '//example.org/x', 'text/html,<b>x</b>', '///etc/passwd', '');
  return fc.tuple(leading, scheme, rest).map(([before, name, after]) => `${before}${name}:${after}`);
}
