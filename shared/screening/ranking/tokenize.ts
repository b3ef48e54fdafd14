import { ENGLISH_STOP_WORDS } from './stop-words';

// scikit-learn's default token pattern, (?u)\b\w\w+\b: runs of two or more word characters.
const TOKEN = /[\p{L}\p{M}\p{N}_]{2,}/gu;

export interface TokenizeOptions {
  /** Longest n-gram; 1 keeps single words, 2 adds pairs of consecutive kept words (as scikit-learn forms them). */
  ngramMax: number;
  stopWords: boolean;
}

/** The terms of one text as scikit-learn's TfidfVectorizer analyser yields them: lower-cased, stop words removed, then n-grams. */
export function tokenize(text: string, options: TokenizeOptions): string[] {
  const words = (text.toLowerCase().match(TOKEN) ?? []).filter((word) => !options.stopWords || !ENGLISH_STOP_WORDS.has(word));
  if (options.ngramMax <= 1) return words;
  const terms = [...words];
  for (let n = 2; n <= options.ngramMax; n += 1) {
    for (let i = 0; i + n <= words.length; i += 1) {
      let term = words[i] ?? '';
      for (let k = 1; k < n; k += 1) term += ` ${words[i + k] ?? ''}`;
      terms.push(term);
    }
  }
  return terms;
}
