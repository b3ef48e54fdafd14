/** Name suffixes that follow a family name: "John Smith Jr." is filed under Smith. */
const NAME_SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv|v)$/iu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const COMBINING_MARK = /\p{M}+/gu;

/** Letters and digits only, accents and case folded: "Über-Ränge" and "uber range" compare alike. */
export function foldForMatching(value: string): string {
  return value.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase().replace(NOT_LETTER_OR_DIGIT, ' ').trim();
}

/** A title as compared for identity: folded, math delimiters and punctuation gone, one space between words. */
export function normalizeTitle(title: string): string {
  return foldForMatching(title);
}

/** The family name of a "Given Family" author (the last word, before a Jr./III suffix); an institution is itself. */
export function familyName(author: string): string {
  const words = author.trim().split(/\s+/u);
  while (words.length > 1 && NAME_SUFFIX.test(words[words.length - 1] ?? '')) words.pop();
  return words[words.length - 1] ?? '';
}

/**
 * The third kind of evidence that two records are one paper: the same normalised title, the same
 * year and the same first author's family name. Null unless all three are known.
 */
export function titleKeyOf(record: { title: string | null; year: number | null; authors: readonly string[] }): string | null {
  const title = record.title === null ? '' : normalizeTitle(record.title);
  const first = record.authors[0];
  const family = first === undefined ? '' : foldForMatching(familyName(first));
  if (title === '' || record.year === null || family === '') return null;
  return `${title}|${record.year}|${family}`;
}
