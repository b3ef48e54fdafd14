/** A year as reference files write it: the first run of exactly four digits ("2019/05/01/", "May 2019"). */
const FOUR_DIGIT_YEAR = /(?<!\d)(\d{4})(?!\d)/u;

export function firstYear(text: string): number | null {
  const match = FOUR_DIGIT_YEAR.exec(text);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/**
 * A keyword list as one string: split on semicolons when there are any (a keyword may hold a comma:
 * "Learning, deep"), otherwise on commas.
 */
export function splitKeywords(text: string): string[] {
  const separator = text.includes(';') ? ';' : ',';
  return text
    .split(separator)
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== '');
}
