import { lineAt } from './record';

/** V8 without line numbers: "… in JSON at position 42". */
const POSITION = /\bat position (\d+)/u;
/** Newer V8 and Firefox: "(line 3 column 5)", "at line 3 column 5 of the JSON data". */
const LINE_COLUMN = /\bline (\d+) column (\d+)/u;
/**
 * V8 names an unexpected token with up to ten characters of context either side instead of a position:
 * `Unexpected token '}', ..."a": tru}]" is not valid JSON`. A leading "..." means the context was cut
 * ten characters before the token.
 */
const TOKEN_IN_CONTEXT = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/u;
const CONTEXT_CHARS = 10;
/** The engine's own location phrases, dropped from the reason since the warning states the location. */
const LOCATION_PHRASES = /^JSON\.parse:\s*|\s*(?:in JSON\s*)?at position \d+.*$|\s*at line \d+ column \d+.*$/gu;

/** "Line 3, column 5: this is not valid JSON (Expected ',' or '}' after property value)." */
export function jsonErrorWarning(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const context = TOKEN_IN_CONTEXT.exec(message);
  const reason = context === null ? message.replace(LOCATION_PHRASES, '').trim() : `unexpected '${context[1]}'`;
  return `${location(text, message, context)}: this is not valid JSON (${reason === '' ? message : reason}).`;
}

function location(text: string, message: string, context: RegExpExecArray | null): string {
  const lineColumn = LINE_COLUMN.exec(message);
  if (lineColumn !== null) return `Line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = POSITION.exec(message);
  const offset = position !== null ? Number(position[1]) : context !== null ? offsetOfContext(text, context) : text.length;
  const at = Math.min(offset, text.length);
  const column = at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
  return `Line ${lineAt(text, at)}, column ${column}`;
}

/** Where the quoted context stands in the text, and the token in it; the end of the text if it cannot be found. */
function offsetOfContext(text: string, context: RegExpExecArray): number {
  const [, token = '', cutBefore, snippet = ''] = context;
  const start = text.indexOf(snippet);
  if (start === -1) return text.length;
  if (cutBefore !== undefined) return start + CONTEXT_CHARS;
  const inSnippet = snippet.indexOf(token);
  return start + Math.max(inSnippet, 0);
}
