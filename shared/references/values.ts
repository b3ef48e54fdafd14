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

/** The warning prefix every reader uses, so the import layer can quote the first problem. */
export function atLine(line: number, message: string): string {
  return `Line ${line}: ${message}`;
}

/** Warnings in the order of the lines they name (stable for equal lines and for warnings naming none). */
export function byLine(warnings: readonly string[]): string[] {
  const lineOf = (warning: string): number => Number(/^Line (\d+)/u.exec(warning)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return [...warnings].sort((a, b) => lineOf(a) - lineOf(b));
}
