import type { ParseError } from '@retorquere/bibtex-parser';
import { isKnownEntryType } from './entry-types';
import { LineCounter, SourceLocator } from './locate';

/** The parser's syntax errors say where they stopped: "… at line 3, column 7 in "article"". */
const SYNTAX_ERROR = / at line \d+, column \d+(?: in ".*")?$/su;
/** `@type{key,`: the type, the opening brace, the key and whether an `=` follows it (then it was a field name). */
const HEAD = /^@\s*([^\s{(]*)\s*([{(])?\s*([^\s,={}()"#%']*)\s*(=)?/u;

/** The parser's error messages, in plain words; the first that matches applies. */
const REASONS: [RegExp, string][] = [
  [/^Unterminated brace-value/u, 'a value is not closed'],
  [/^Unterminated quote-value/u, 'a quoted value is not closed'],
  [/^Unclosed math section/u, 'a “$” math formula is not closed'],
  [/equals sign missing/u, 'a field name is not followed by “=”'],
  [/^Token mismatch, expected '\{' or '\('/u, 'its type is not followed by “{”'],
  [/^Token mismatch, expected "[})]"/u, 'a comma or the closing brace is missing after a value'],
  [/^Runaway key/u, 'the file ends inside it'],
];

interface BadSource {
  input: string;
  reason: string;
}

/**
 * One warning per entry the parser could not read, in file order:
 * `Line 14: the entry “smith2020” could not be read (a value is not closed).`
 * `text` is the text the parser read; its offsets and lines are the file's.
 */
export function badEntryWarnings(text: string, errors: readonly ParseError[]): string[] {
  const locator = new SourceLocator(text);
  const lines = new LineCounter(text);
  const found: { start: number; warning: string }[] = [];
  let previousEnd = -1;
  for (const bad of badSources(errors)) {
    const span = locator.next(bad.input);
    if (span === null) continue;
    // After a bad entry the parser resumes at the next "@"; one inside the same entry (an e-mail address) is not another entry.
    const continuation = span.start === previousEnd && !startsLine(text, span.start);
    previousEnd = span.end;
    const warning = continuation ? null : describe(bad);
    if (warning !== null)
      found.push({ start: span.start, warning: `Line ${lines.lineAt(span.start)}: ${warning}` });
  }
  return found.sort((a, b) => a.start - b.start).map((item) => item.warning);
}

/** Syntax errors first (the parser lists them so), then entries whose LaTeX could not be converted. */
function badSources(errors: readonly ParseError[]): BadSource[] {
  const syntax: BadSource[] = [];
  const conversion: BadSource[] = [];
  for (const { error, input } of errors) {
    if (input === undefined || !input.startsWith('@')) continue;
    if (SYNTAX_ERROR.test(error)) syntax.push({ input, reason: reasonOf(error) });
    else if (error.endsWith(`\n${input}`))
      conversion.push({ input, reason: 'its LaTeX could not be converted' });
  }
  return [...syntax, ...conversion];
}

function reasonOf(error: string): string {
  return REASONS.find(([pattern]) => pattern.test(error))?.[1] ?? 'it is not valid BibTeX';
}

/** What the bad source was meant to be; null for a stray "@" in text between entries. */
function describe(bad: BadSource): string | null {
  const [, word = '', brace, key = '', equals] = HEAD.exec(bad.input) ?? [];
  const directive = word.toLowerCase();
  if (directive === 'string') return `a @string definition could not be read (${bad.reason}).`;
  if (directive === 'comment' || directive === 'preamble')
    return `a @${directive} could not be read (${bad.reason}).`;
  if (brace === undefined && !isKnownEntryType(word)) return null;
  const named = key !== '' && equals === undefined ? `the entry “${key}”` : 'an entry';
  return `${named} could not be read (${bad.reason}).`;
}

function startsLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(lineStart, offset).trim() === '';
}
