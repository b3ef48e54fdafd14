import { delimiterLength, mathRegionAt, unmatchedLength } from '../../shared/text/math-regions';

/**
 * Splits an abstract's display text (repaired LaTeX) into the few inline forms the reader renders.
 * Offsets are positions in the string given to `parseInline`, so later features can map a
 * rendered node back to the display text.
 */
export type InlineNode =
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'math'; tex: string; display: boolean; source: string; start: number; end: number }
  | { kind: 'emphasis' | 'strong'; children: InlineNode[]; start: number; end: number }
  | { kind: 'cite'; keys: string; start: number; end: number };

type Wrapper = 'emphasis' | 'strong' | 'cite';

const COMMANDS: Record<string, Wrapper> = {
  emph: 'emphasis',
  textit: 'emphasis',
  textbf: 'strong',
  cite: 'cite',
  citet: 'cite',
  citep: 'cite',
};

const COMMAND_PATTERN = /^\\([a-z]+)\{/;

/** Index just past the `}` that closes the `{` at `open`, or -1 when it never closes. */
function closingBrace(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

interface Match {
  node: InlineNode;
  end: number;
}

/** Math opening at `at`, by the same rules as text repair (Pandoc's), so "$5 and $10" stays text. */
function matchMath(source: string, at: number, offset: number): Match | null {
  const region = mathRegionAt(source, at);
  if (region === null) return null;
  const end = region.end + delimiterLength(region);
  const node: InlineNode = {
    kind: 'math',
    tex: source.slice(region.start, region.end),
    display: region.display,
    source: source.slice(at, end),
    start: offset + at,
    end: offset + end,
  };
  return { node, end };
}

function matchCommand(source: string, at: number, offset: number): Match | null {
  const command = COMMAND_PATTERN.exec(source.slice(at, at + 12));
  const kind = command?.[1] === undefined ? undefined : COMMANDS[command[1]];
  if (!command || !kind) return null;
  const open = at + command[0].length - 1;
  const end = closingBrace(source, open);
  if (end < 0) return null;
  const inner = source.slice(open + 1, end - 1);
  const range = { start: offset + at, end: offset + end };
  const node: InlineNode =
    kind === 'cite'
      ? { kind, keys: inner.trim(), ...range }
      : { kind, children: parseInline(inner, offset + open + 1), ...range };
  return { node, end };
}

/** Parses `source`; `offset` is where `source` starts in the enclosing text. Unknown or unclosed markup stays text. */
export function parseInline(source: string, offset = 0): InlineNode[] {
  const nodes: InlineNode[] = [];
  let textStart = 0;
  const flushText = (until: number): void => {
    if (until > textStart)
      nodes.push({
        kind: 'text',
        text: unescapeDollars(source.slice(textStart, until)),
        start: offset + textStart,
        end: offset + until,
      });
  };
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    const match =
      char === '$' ? matchMath(source, i, offset) : char === '\\' ? matchCommand(source, i, offset) : null;
    if (match) {
      flushText(i);
      nodes.push(match.node);
      i = match.end;
      textStart = i;
    } else {
      // An escaped dollar is skipped whole, and an unmatched `$` or `$$` as `findMathRegions` skips it.
      i += char === '$' ? unmatchedLength(source, i) : char === '\\' && source[i + 1] === '$' ? 2 : 1;
    }
  }
  flushText(source.length);
  return nodes;
}

function unescapeDollars(text: string): string {
  return text.replace(/\\\$/g, '$');
}

export interface Paragraph {
  text: string;
  start: number;
}

/** Paragraphs of the display text: split at line breaks, blank lines dropped, offsets kept. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].trim() !== '') paragraphs.push({ text: match[0], start: match.index });
  }
  return paragraphs;
}
