/** A field whose value is one braced or quoted literal (no macro, no `#`): where its content lies. */
export interface LiteralValue {
  /** Lower-case. */
  field: string;
  /** The content, delimiters excluded, in the chunk's offsets. */
  start: number;
  end: number;
}

const HEAD = /^\s*@\s*[A-Za-z][\w:.-]*\s*[{(]\s*[^\s,={}()"#%']*\s*,/uy;
const SPACE = /\s*/uy;
const NAME = /[^\s=,{}()"#%]+/uy;
const BARE = /[^\s=,{}()"#%]+/uy;
/**
 * Where the parser's tokenizer and a plain brace count might part ways: the rest of the entry is left
 * alone. In a braced value only escaped braces count (`\\"` there is an umlaut); in a quoted value `\\"` too.
 */
const ESCAPED_BRACE = /\\[{}]/u;
const ESCAPED_DELIMITER = /\\[{}"]/u;

/**
 * The literal field values of one entry's source, read as BibTeX reads them. At anything this simple
 * reading is unsure of (a comment line, an escaped brace, a broken entry) it stops, keeping what it
 * found before: those values the parser reads the same way.
 */
export function literalValues(entry: string): LiteralValue[] {
  const found: LiteralValue[] = [];
  HEAD.lastIndex = 0;
  if (!HEAD.test(entry)) return found;
  let at = HEAD.lastIndex;
  for (;;) {
    at = skipSpace(entry, at);
    const name = sticky(NAME, entry, at);
    if (name === null) return found;
    at = skipSpace(entry, at + name.length);
    if (entry[at] !== '=') return found;
    const value = readValue(entry, skipSpace(entry, at + 1));
    if (value === null) return found;
    at = skipSpace(entry, value.end);
    if (value.literal !== null) found.push({ field: name.toLowerCase(), ...value.literal });
    if (entry[at] !== ',') return found;
    at += 1;
  }
}

interface ReadValue {
  /** Just past the value. */
  end: number;
  literal: { start: number; end: number } | null;
}

/** A value: parts joined by `#`; `literal` only when it is one braced or quoted part. */
function readValue(entry: string, from: number): ReadValue | null {
  let at = from;
  let parts = 0;
  let literal: ReadValue['literal'] = null;
  for (;;) {
    const part = readPart(entry, at);
    if (part === null) return null;
    parts += 1;
    literal = part.delimited ? { start: at + 1, end: part.end - 1 } : null;
    at = skipSpace(entry, part.end);
    if (entry[at] !== '#') return { end: at, literal: parts === 1 ? literal : null };
    at = skipSpace(entry, at + 1);
  }
}

function readPart(entry: string, at: number): { end: number; delimited: boolean } | null {
  const opener = entry[at];
  if (opener === '{' || opener === '"') {
    const end = closingIndex(entry, at + 1, opener === '{' ? '}' : '"');
    const escaped = opener === '{' ? ESCAPED_BRACE : ESCAPED_DELIMITER;
    if (end < 0 || escaped.test(entry.slice(at, end))) return null;
    return { end, delimited: true };
  }
  const bare = sticky(BARE, entry, at);
  return bare === null ? null : { end: at + bare.length, delimited: false };
}

/** Just past the closer that ends a value opened before `from` (braces nest); -1 when it never comes. */
function closingIndex(entry: string, from: number, closer: string): number {
  let depth = 0;
  for (let index = from; index < entry.length; index += 1) {
    const character = entry[index];
    if (depth === 0 && character === closer) return index + 1;
    if (character === '{') depth += 1;
    else if (character === '}') {
      if (depth === 0) return -1;
      depth -= 1;
    }
  }
  return -1;
}

function skipSpace(entry: string, at: number): number {
  SPACE.lastIndex = at;
  SPACE.test(entry);
  return SPACE.lastIndex;
}

function sticky(pattern: RegExp, entry: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(entry)?.[0] ?? null;
}
