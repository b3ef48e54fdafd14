/**
 * The one normaliser the index and the query share: NFKC (ligatures, full-width forms), Latin,
 * Greek and Cyrillic accents and Arabic harakat removed, case folded. Other scripts' combining
 * marks (Devanagari vowel signs, …) are part of their words and stay.
 */
export const STRIPPED_MARKS = /[\u0300-\u036f]|[\u064b-\u065f]|\u0670|[\u1ab0-\u1aff]|[\u1dc0-\u1dff]/g;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Longer runs are hashes, base64 and the like: never searched for, and they bloat the index. */
export const MAX_WORD_LENGTH = 40;

export function normaliseText(text: string): string {
  return text.normalize('NFKC').normalize('NFD').replace(STRIPPED_MARKS, '').normalize('NFC').toLowerCase();
}

/** The searchable words of `text`, in order, normalised; duplicates kept (phrases need positions). */
export function tokenize(text: string): string[] {
  const words = normaliseText(text).match(WORD) ?? [];
  return words.filter((word) => word.length <= MAX_WORD_LENGTH);
}
