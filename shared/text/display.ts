import { findLatexRepairs } from './latex-repair';
import { findMathRegions } from './math-regions';
import { findSplitWordSpaces } from './split-words';
import { applyEdits } from './char-map';
import type { DisplayForm, TextEdit, WordTest } from './types';

export { displayToStored, storedToDisplay } from './char-map';

/**
 * The display form of a stored abstract: stripped LaTeX backslashes put back for KaTeX (insertions
 * only) and words split by a stray space rejoined (one-space deletions). The stored text is untouched;
 * the edits double as the character map between the two.
 */
export function deriveDisplay(stored: string, isWord: WordTest): DisplayForm {
  const mathRegions = findMathRegions(stored);
  const insertions = findLatexRepairs(stored, mathRegions, isWord).map((offset): TextEdit => ({
    start: offset,
    end: offset,
    insert: '\\',
  }));
  const deletions = findSplitWordSpaces(stored, mathRegions, isWord).map((offset): TextEdit => ({
    start: offset,
    end: offset + 1,
    insert: '',
  }));
  const edits = [...insertions, ...deletions].sort((a, b) => a.start - b.start || a.end - b.end);
  return { text: applyEdits(stored, edits), edits };
}
