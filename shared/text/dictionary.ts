import words from 'an-array-of-english-words';
import type { WordTest } from './types';

/**
 * A test against ~275k English words (lower case). The set is built on the first question, so only
 * the code that derives display text (the parse workers) pays for it.
 */
export function createWordTest(): WordTest {
  let dictionary: ReadonlySet<string> | null = null;
  return (lowerCaseWord) => {
    dictionary ??= new Set(words);
    return dictionary.has(lowerCaseWord);
  };
}
