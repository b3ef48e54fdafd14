import { formatName, isOthers } from './names';
import { firstYear } from './values';

/** A CSL item as JSON gives it: any value may be missing or of an unexpected shape. */
export type CslItem = Record<string, unknown>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string or number as trimmed text; null for anything else or blank. */
export function scalarText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

/** A CSL name object as "Given particle Family Suffix" (or its literal); null when it is not a name. */
export function cslName(value: unknown): string | null {
  if (typeof value === 'string') return scalarText(value);
  if (!isObject(value)) return null;
  const particle = [value['dropping-particle'], value['non-dropping-particle']]
    .map(scalarText)
    .filter((part) => part !== null)
    .join(' ');
  return formatName({
    given: scalarText(value.given),
    particle,
    family: scalarText(value.family),
    suffix: scalarText(value.suffix),
    literal: scalarText(value.literal),
  });
}

/** Each name of a CSL name list, "et al." markers dropped. */
export function cslNames(value: unknown): string[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.map(cslName).filter((name): name is string => name !== null && !isOthers(name));
}

function isName(value: Record<string, unknown>): boolean {
  return 'family' in value || 'given' in value || ('literal' in value && !('date-parts' in value));
}

function isDate(value: Record<string, unknown>): boolean {
  return 'date-parts' in value || 'raw' in value || 'literal' in value || 'season' in value;
}

/** `[[2019, 5, 1]]` as "2019-05-01"; a range of two dates as "2019-05/2019-06". */
function datePartsText(parts: unknown): string | null {
  if (!Array.isArray(parts)) return null;
  const dates = (parts as unknown[]).map((date) =>
    Array.isArray(date)
      ? (date as unknown[])
          .map(scalarText)
          .filter((part) => part !== null)
          .map((part, i) => (i === 0 ? part : part.padStart(2, '0')))
          .join('-')
      : '',
  );
  const text = dates.filter((date) => date !== '').join('/');
  return text === '' ? null : text;
}

/** A CSL date (`date-parts`, `raw` or `literal`) as text. */
export function cslDateText(value: unknown): string | null {
  if (!isObject(value)) return scalarText(value);
  return datePartsText(value['date-parts']) ?? scalarText(value.raw) ?? scalarText(value.literal);
}

/** The year of a CSL date: its first date part, else the first four-digit year of its raw or literal form. */
export function cslYear(value: unknown): number | null {
  if (isObject(value) && Array.isArray(value['date-parts'])) {
    const first = (value['date-parts'] as unknown[])[0];
    const year = Array.isArray(first) ? Number(scalarText((first as unknown[])[0])) : Number.NaN;
    if (Number.isInteger(year) && year > 0) return year;
  }
  const text = cslDateText(value);
  return text === null ? null : firstYear(text);
}

/** Any CSL value as text, for the `fields` of a record: names and dates in their readable form. */
export function cslValueText(value: unknown): string | null {
  if (Array.isArray(value)) {
    const parts = (value as unknown[]).map(cslValueText).filter((part) => part !== null);
    return parts.length === 0 ? null : parts.join('; ');
  }
  if (isObject(value)) {
    if (isName(value)) return cslName(value);
    if (isDate(value)) return cslDateText(value);
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') return String(value);
  return scalarText(value);
}
