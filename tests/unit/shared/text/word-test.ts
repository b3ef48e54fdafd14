import { createWordTest } from '../../../../shared/text/dictionary';
import type { WordTest } from '../../../../shared/text/types';

/** The real dictionary, built once for all the text tests of a file. */
export const isWord: WordTest = createWordTest();

/** A dictionary that knows no word: nothing is ever rejoined. */
export const knowsNoWord: WordTest = () => false;
