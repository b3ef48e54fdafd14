import { normalizeArxiv } from '../identifiers/arxiv';
import { normalizeDoi } from '../identifiers/doi';
import { isExternalHttpUrl } from '../ipc/values';
import { isCslType } from './csl-types';

/**
 * Bibliographic values a person typed, checked and put in their stored form. Empty text means
 * "unknown" (null); a value that cannot be stored comes back with a message that quotes it.
 */
export type CheckedValue<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CheckedValue<T> => ({ ok: true, value });
const problem = (message: string): CheckedValue<never> => ({ ok: false, message });
const oneLine = (raw: string): string => raw.trim().replace(/\s+/gu, ' ');

export function checkDoi(raw: string): CheckedValue<string | null> {
  const typed = raw.trim();
  if (typed === '') return ok(null);
  const doi = normalizeDoi(typed);
  return doi === null ? problem(`This is not a DOI: “${typed}”. A DOI looks like 10.1000/xyz123.`) : ok(doi);
}

export function checkArxiv(raw: string): CheckedValue<string | null> {
  const typed = raw.trim();
  if (typed === '') return ok(null);
  const id = normalizeArxiv(typed);
  return id === null ? problem(`This is not an arXiv ID: “${typed}”. An arXiv ID looks like 2101.00001 or hep-th/9901001.`) : ok(id);
}

export function checkUrl(raw: string): CheckedValue<string | null> {
  const typed = raw.trim();
  if (typed === '') return ok(null);
  return isExternalHttpUrl(typed) ? ok(typed) : problem(`This is not a web address: “${typed}”. A URL starts with http:// or https://.`);
}

/** Citation keys name an entry in a LaTeX document, which ends a key at a space or a comma. */
export function checkCitationKey(raw: string): CheckedValue<string | null> {
  const typed = raw.trim();
  if (typed === '') return ok(null);
  return /[\s,{}"#%]/u.test(typed) ? problem(`A citation key cannot hold spaces, commas, braces, quotes, # or %: “${typed}”.`) : ok(typed);
}

export function checkCslType(raw: string): CheckedValue<string | null> {
  const typed = raw.trim();
  if (typed === '') return ok(null);
  return isCslType(typed) ? ok(typed) : problem(`“${typed}” is not a type a reference can have.`);
}

export function cleanVenue(raw: string): string | null {
  const venue = oneLine(raw);
  return venue === '' ? null : venue;
}

/** Keywords each on one line, without blanks or repeats, in their first order. */
export function cleanKeywords(keywords: readonly string[]): string[] {
  return [...new Set(keywords.map(oneLine).filter((keyword) => keyword !== ''))];
}

/** Keywords typed as one comma-separated text. */
export function splitKeywords(raw: string): string[] {
  return cleanKeywords(raw.split(','));
}
