import type { WordTest } from './types';
import {
  ARGUMENT_COMMANDS,
  DELIMITER_COMMANDS,
  DELIMITER_SIZERS,
  LONGEST_MATH_COMMAND,
  MATH_COMMANDS,
} from './latex-commands';

/** A run of letters may hold at most this many single-letter variables beside its commands ("qle" holds one). */
const MAX_VARIABLES_BESIDE_COMMANDS = 2;

/** The commands found in a run of letters: offsets (from the run's start) where a backslash belongs. */
export type CommandStarts = number[];

/**
 * Reads a run of letters in stripped math as KaTeX commands and single-letter variables:
 * "frac" is `\frac`, "qle" is `q\le`, "nto" is `n\to`. A run that is exactly a command is that command;
 * otherwise a run that is an English word ("let", "cost") or that would need more than a couple of
 * variables ("softmax") is left alone. `text` and `runEnd` let a command check what follows it.
 */
export function segmentCommandRun(
  text: string,
  runStart: number,
  runEnd: number,
  isWord: WordTest,
): CommandStarts {
  const run = text.slice(runStart, runEnd);
  if (MATH_COMMANDS.has(run)) return fitsHere(run, text, runEnd) ? [0] : [];
  if (run.length >= 3 && isWord(run.toLowerCase())) return [];
  return cheapestSegmentation(text, runStart, runEnd);
}

interface Plan {
  variables: number;
  pieces: number;
  commandStarts: CommandStarts;
}

/** Dynamic programme over the run: fewest variables, then fewest pieces (longer commands win). */
function cheapestSegmentation(text: string, runStart: number, runEnd: number): CommandStarts {
  const length = runEnd - runStart;
  const best: (Plan | null)[] = Array.from({ length: length + 1 }, () => null);
  best[length] = { variables: 0, pieces: 0, commandStarts: [] };
  for (let start = length - 1; start >= 0; start -= 1) {
    let chosen: Plan | null = extend(best[start + 1], start, false);
    const maxEnd = Math.min(length, start + LONGEST_MATH_COMMAND);
    for (let end = start + 2; end <= maxEnd; end += 1) {
      const name = text.slice(runStart + start, runStart + end);
      if (!MATH_COMMANDS.has(name) || !fitsHere(name, text, runStart + end)) continue;
      const candidate = extend(best[end], start, true);
      if (candidate && (!chosen || isCheaper(candidate, chosen))) chosen = candidate;
    }
    best[start] = chosen;
  }
  const plan = best[0];
  if (!plan || plan.commandStarts.length === 0 || plan.variables > MAX_VARIABLES_BESIDE_COMMANDS) return [];
  return plan.commandStarts;
}

function extend(rest: Plan | null | undefined, start: number, isCommand: boolean): Plan | null {
  if (!rest) return null;
  return {
    variables: rest.variables + (isCommand ? 0 : 1),
    pieces: rest.pieces + 1,
    commandStarts: isCommand ? [start, ...rest.commandStarts] : rest.commandStarts,
  };
}

function isCheaper(a: Plan, b: Plan): boolean {
  return a.variables < b.variables || (a.variables === b.variables && a.pieces < b.pieces);
}

/** Whether a command named `name` that ends at `after` would be valid KaTeX there. */
export function fitsHere(name: string, text: string, after: number): boolean {
  const next = text[after] ?? '';
  if (DELIMITER_SIZERS.has(name)) {
    return /[()[\]|./<>]/.test(next) || DELIMITER_COMMANDS.some((command) => text.startsWith(command, after));
  }
  if (ARGUMENT_COMMANDS.has(name)) return /[{\\\p{L}\p{N}]/u.test(next);
  return true;
}
