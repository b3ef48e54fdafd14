import { checkArxiv, checkCitationKey, checkCslType, checkDoi, checkUrl, cleanKeywords, cleanVenue, type CheckedValue } from '../../../shared/references/detail-values';
import type { AbstractDetails } from '../schema/row-types';

export const MIN_YEAR = 1000;
export const MAX_YEAR = 2100;

function stored<T>(checked: CheckedValue<T>): T {
  if (!checked.ok) throw new Error(checked.message);
  return checked.value;
}

function checkYear(year: number | null): number | null {
  if (year !== null && (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)) {
    throw new Error(`The year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}, or empty.`);
  }
  return year;
}

function checkAuthors(authors: readonly string[]): string[] {
  const trimmed = authors.map((author) => author.trim());
  if (trimmed.some((author) => author === '')) throw new Error('An author name cannot be empty.');
  return trimmed;
}

function checkTitle(title: string | null): string | null {
  const trimmed = title?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

type Checks = { [Key in keyof AbstractDetails]: (value: AbstractDetails[Key]) => AbstractDetails[Key] };

const CHECKS: Checks = {
  title: checkTitle,
  authors: checkAuthors,
  year: checkYear,
  doi: (doi) => stored(checkDoi(doi ?? '')),
  arxiv: (arxiv) => stored(checkArxiv(arxiv ?? '')),
  url: (url) => stored(checkUrl(url ?? '')),
  venue: (venue) => cleanVenue(venue ?? ''),
  type: (type) => stored(checkCslType(type ?? '')),
  citationKey: (key) => stored(checkCitationKey(key ?? '')),
  keywords: cleanKeywords,
};

/**
 * The given details in their stored form (trimmed, identifiers normalised, blanks as null); throws
 * an Error that says what is wrong with the first value that cannot be stored. Absent fields stay absent.
 */
export function checkDetails(patch: Partial<AbstractDetails>): Partial<AbstractDetails> {
  const clean: Partial<AbstractDetails> = {};
  for (const key of Object.keys(CHECKS) as (keyof AbstractDetails)[]) {
    const value = patch[key];
    if (value !== undefined) Object.assign(clean, { [key]: checkOne(key, value) });
  }
  return clean;
}

function checkOne<Key extends keyof AbstractDetails>(key: Key, value: AbstractDetails[Key]): AbstractDetails[Key] {
  return CHECKS[key](value);
}
