import type { TextSpan } from '../capture/types';

function isJsonSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

function trimmedEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && isJsonSpace(text.charAt(at - 1))) at -= 1;
  return at;
}

/**
 * Where each top-level value of valid JSON stands: the elements of a top-level array, or the whole
 * document when it is not an array. JSON.parse has already checked the syntax; this pass only follows
 * strings and nesting depth to find the commas that separate the elements.
 */
export function topLevelSpans(text: string): TextSpan[] {
  let first = 0;
  while (first < text.length && isJsonSpace(text.charAt(first))) first += 1;
  if (text.charAt(first) !== '[') return [{ start: first, end: trimmedEnd(text, text.length) }];
  const spans: TextSpan[] = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  const close = (at: number): void => {
    if (start !== -1) spans.push({ start, end: trimmedEnd(text, at) });
    start = -1;
  };
  for (let i = first; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (depth === 1 && start === -1 && !isJsonSpace(char) && char !== ',' && char !== ']') start = i;
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') depth += 1;
    else if (char === ']' || char === '}') {
      depth -= 1;
      if (depth === 0) {
        close(i);
        break;
      }
    } else if (char === ',' && depth === 1) close(i);
  }
  return spans;
}
