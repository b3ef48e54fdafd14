import { PROSE_COMMANDS } from './latex-commands';
import type { MathRegion } from './math-regions';
import { findStrippedBackslashes } from './math-repair';
import type { WordTest } from './types';

/** `emph{`, `citet{` … not already preceded by a backslash or glued to a longer word. */
const PROSE_COMMAND = new RegExp(`(?<![A-Za-z\\\\])(?:${PROSE_COMMANDS.join('|')})(?=\\{)`, 'g');

/**
 * Offsets, in ascending order, where the portal stripped a LaTeX backslash: command names inside math,
 * and text commands such as `emph{x}` outside it. Repairing them only ever inserts a backslash.
 */
export function findLatexRepairs(
  text: string,
  mathRegions: readonly MathRegion[],
  isWord: WordTest,
): number[] {
  const inMath = mathRegions.flatMap((region) => findStrippedBackslashes(text, region, isWord));
  const inProse = [...text.matchAll(PROSE_COMMAND)]
    .map((match) => match.index)
    .filter((offset) => !mathRegions.some((region) => offset >= region.start && offset < region.end));
  return [...inMath, ...inProse].sort((a, b) => a - b);
}
