import { fitsHere, segmentCommandRun } from './command-segmentation';
import { MATH_COMMANDS, TEXT_ARGUMENT_COMMANDS } from './latex-commands';
import type { MathRegion } from './math-regions';
import type { WordTest } from './types';

const ASCII_LETTER = /[A-Za-z]/;

/**
 * Offsets inside one math region where the portal stripped a backslash: before each command name.
 * Commands that kept their backslash are skipped, and so is prose inside `\text{…}`-like arguments.
 */
export function findStrippedBackslashes(text: string, region: MathRegion, isWord: WordTest): number[] {
  const insertions: number[] = [];
  let index = region.start;
  while (index < region.end) {
    const char = text[index] ?? '';
    if (char === '\\') {
      const nameEnd = letterRunEnd(text, index + 1, region.end);
      // A backslash before a non-letter is an escaped symbol (`\{`, `\,`): step over both.
      index =
        nameEnd === index + 1
          ? index + 2
          : skipProseArgument(text, text.slice(index + 1, nameEnd), nameEnd, region.end);
      continue;
    }
    if (!ASCII_LETTER.test(char)) {
      index += 1;
      continue;
    }
    const runEnd = letterRunEnd(text, index, region.end);
    const commandStarts = commandsInRun(text, index, runEnd, isWord);
    for (const start of commandStarts) insertions.push(start);
    const lastStart = commandStarts.at(-1);
    index =
      lastStart === undefined
        ? runEnd
        : skipProseArgument(text, text.slice(lastStart, runEnd), runEnd, region.end);
  }
  return insertions;
}

/** Absolute offsets of the commands in the letter run [start, end). */
function commandsInRun(text: string, start: number, end: number, isWord: WordTest): number[] {
  const previous = text[start - 1];
  if (previous === '^' || previous === '_') {
    // A script takes one character unless the whole run is a command ("^top", "_infty").
    const whole = text.slice(start, end);
    if (MATH_COMMANDS.has(whole) && fitsHere(whole, text, end)) return [start];
    if (end - start === 1) return [];
    return segmentCommandRun(text, start + 1, end, isWord).map((offset) => start + 1 + offset);
  }
  return segmentCommandRun(text, start, end, isWord).map((offset) => start + offset);
}

/** After a command that takes prose (`text{…}`, `mathrm{…}`), jumps past its braced argument. */
function skipProseArgument(text: string, command: string, after: number, limit: number): number {
  if (!TEXT_ARGUMENT_COMMANDS.has(command) || text[after] !== '{') return after;
  let depth = 0;
  for (let index = after; index < limit; index += 1) {
    const char = text[index];
    if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    if (depth === 0) return index + 1;
  }
  return limit;
}

function letterRunEnd(text: string, start: number, limit: number): number {
  let end = start;
  while (end < limit && ASCII_LETTER.test(text[end] ?? '')) end += 1;
  return end;
}
