import type { ParseError } from '@retorquere/bibtex-parser';
import { isKnownEntryType } from './entry-types';
import { LineCounter, SourceLocator } from './locate';

/** The parser's syntax errors say where it stopped: "… at line 3, column 7 in "article"". */
const STOPPED_AT = / at line (\d+), column \d+(?: in ".*")?$/su;
/** `@type{key`: the type, the opening brace, the key, and an `=` after it (then it was a field name, not a key). */
const HEAD = /^@\s*([^\s{(]*)\s*([{(])?\s*([^\s,={}()"#%']*)\s*(=)?/u;

const NOT_CLOSED = 'a value is not closed';
/** The parser's error messages, in plain words; the first that matches applies. */
const REASONS: [RegExp, string][] = [
  [/^Unterminated brace-value/u, NOT_CLOSED],
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
  /** The line where the parser gave up, when it says. */
  stoppedAt: number | null;
}

/** What went wrong with the entry that starts at `start` in the parsed text: "the entry “x” could not be read (…)." */
export interface EntryWarning {
  start: number;
  message: string;
}

/** One warning per entry the parser could not read in `text` (the text it parsed), in order. */
export function badEntryWarnings(text: string, errors: readonly ParseError[]): EntryWarning[] {
  const locator = new SourceLocator(text);
  const lines = new LineCounter(text);
  const found: EntryWarning[] = [];
  let previousEnd = -1;
  for (const bad of badSources(errors)) {
    const span = locator.next(bad.input);
    if (span === null) continue;
    // After a bad entry the parser resumes at the next "@": one inside that entry (an e-mail address) is no entry.
    const continuation = span.start === previousEnd && !startsLine(text, span.start);
    previousEnd = span.end;
    // A value left open swallows the entries after it, and what finally stops the parser there says nothing of this one.
    const ranOn = bad.stoppedAt !== null && bad.stoppedAt > lines.lineAt(span.end);
    const message = continuation ? null : describe(bad.input, ranOn ? NOT_CLOSED : bad.reason);
    if (message !== null) found.push({ start: span.start, message });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Syntax errors first (the parser lists them so), then entries whose LaTeX could not be converted. */
function badSources(errors: readonly ParseError[]): BadSource[] {
  const syntax: BadSource[] = [];
  const conversion: BadSource[] = [];
  for (const { error, input } of errors) {
    if (input === undefined || !input.startsWith('@')) continue;
    const stopped = STOPPED_AT.exec(error);
    if (stopped !== null) {
      syntax.push({ input, reason: reasonOf(error), stoppedAt: Number(stopped[1]) });
    } else if (error.endsWith(`\n${input}`)) {
      conversion.push({ input, reason: 'its LaTeX could not be converted', stoppedAt: null });
    }
  }
  return [...syntax, ...conversion];
}

function reasonOf(error: string): string {
  return REASONS.find(([pattern]) => pattern.test(error))?.[1] ?? 'it is not valid BibTeX';
}

/** What the bad source was meant to be; null for a stray "@" in the text between entries. */
export function describe(input: string, reason: string): string | null {
  const [, word = '', brace, key = '', equals] = HEAD.exec(input) ?? [];
  const directive = word.toLowerCase();
  if (directive === 'string') return `a @string definition could not be read (${reason}).`;
  if (directive === 'comment' || directive === 'preamble')
    return `a @${directive} could not be read (${reason}).`;
  if (brace === undefined && !isKnownEntryType(word)) return null;
  const named = key !== '' && equals === undefined ? `the entry “${key}”` : 'an entry';
  return `${named} could not be read (${reason}).`;
}

function startsLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(lineStart, offset).trim() === '';
}
