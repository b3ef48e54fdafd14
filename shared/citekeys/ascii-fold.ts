const COMBINING_MARK = /\p{M}+/gu;
const NOT_ASCII_LETTER_OR_DIGIT = /[^a-z0-9]+/gu;

/**
 * Latin letters that Unicode does not decompose into a base letter and an accent. They are Latin
 * letters with a stroke or a ligature, so folding them is still stripping accents, not transliterating.
 */
const LATIN_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const LATIN_LETTER = /[ßøæœłđðþı]/gu;

/** Lower-case ASCII letters and digits only: accents stripped (`Müller` → `muller`), every other character dropped. */
export function foldToAscii(value: string): string {
  return value
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .toLowerCase()
    .replace(LATIN_LETTER, (letter) => LATIN_LETTERS[letter] ?? '')
    .replace(NOT_ASCII_LETTER_OR_DIGIT, '');
}
