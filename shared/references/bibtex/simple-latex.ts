/**
 * The two kinds of LaTeX most common in reference managers' exports, written out the way the
 * parser's LaTeX step writes them, so values holding nothing else can take the fast path:
 * - an accent on one letter, `{\"o}`, `\'{e}`, `{\c c}`, `{\v{R}}`: the letter with its combining mark, composed;
 * - a brace group around one word, `{DNA}`, `emph{x}` (a portal's stripped command): the word;
 * - the dash ligatures, `--` and `---` (page ranges above all): en and em dashes.
 * Anything else (`\i`, `\aa`, groups with spaces or markup inside) stays for the parser.
 */
const COMBINING: Readonly<Record<string, string>> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  c: '\u0327',
  v: '\u030C',
  H: '\u030B',
  u: '\u0306',
};

// Symbol accents may touch their letter; letter accents (`\c`) need a space or braces, or they would read `\cc`.
const ACCENT = /\{\\(?:([`'^"~=.]) ?|([cvHu]) )([A-Za-z])\}|\{\\(?:([`'^"~=.])|([cvHu]))\{([A-Za-z])\}\}|\\([`'^"~=.])\{([A-Za-z])\}/gu;
const DASHES = /(?<!-)---?(?!-)/gu;
const WORD_GROUP = /\{([A-Za-z0-9]+)\}/gu;

function accented(letter: string, accent: string): string {
  return (letter + (COMBINING[accent] ?? '')).normalize('NFC');
}

/** `content` with its one-letter accents and one-word groups written out; other LaTeX left as it is. */
export function writeOutSimpleLatex(content: string): string {
  const dashed = content.includes('--') ? content.replace(DASHES, (run) => (run.length === 3 ? '\u2014' : '\u2013')) : content;
  if (!dashed.includes('{')) return dashed;
  return dashed
    .replace(ACCENT, (whole, a1?: string, b1?: string, l1?: string, a2?: string, b2?: string, l2?: string, a3?: string, l3?: string) => {
      const letter = l1 ?? l2 ?? l3;
      const accent = a1 ?? b1 ?? a2 ?? b2 ?? a3;
      return letter === undefined || accent === undefined ? whole : accented(letter, accent);
    })
    .replace(WORD_GROUP, '$1');
}
