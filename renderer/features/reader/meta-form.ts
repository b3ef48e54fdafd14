import { checkArxiv, checkCitationKey, checkCslType, checkDoi, checkUrl, cleanVenue, splitKeywords, type CheckedValue } from '../../../shared/references/detail-values';
import type { AbstractDetails, AbstractRow } from '../../db/schema/row-types';

/** The Edit details form's fields, as typed. */
export interface MetaFormValues {
  title: string;
  authors: string;
  year: string;
  doi: string;
  arxiv: string;
  url: string;
  venue: string;
  type: string;
  citationKey: string;
  keywords: string;
}

export type MetaFormField = keyof MetaFormValues;

export type MetaFormResult =
  | { ok: true; patch: Partial<AbstractDetails> }
  | { ok: false; field: MetaFormField; message: string };

/** The form as it opens on `row`. */
export function metaFormValuesOf(row: Pick<AbstractRow, MetaFormField>): MetaFormValues {
  return {
    title: row.title ?? '',
    authors: row.authors.join(', '),
    year: row.year === null ? '' : String(row.year),
    doi: row.doi ?? '',
    arxiv: row.arxiv ?? '',
    url: row.url ?? '',
    venue: row.venue ?? '',
    type: row.type ?? '',
    citationKey: row.citationKey ?? '',
    keywords: row.keywords.join(', '),
  };
}

type FieldReader = (typed: string) => CheckedValue<AbstractDetails[MetaFormField]>;

const always = <T>(value: T): CheckedValue<T> => ({ ok: true, value });

function readYear(typed: string): CheckedValue<number | null> {
  const year = typed.trim();
  if (year === '') return always(null);
  if (!/^\d{1,4}$/.test(year)) return { ok: false, message: `“${year}” is not a year. Enter a year such as 2021, or leave it empty.` };
  return always(Number(year));
}

function readTitle(typed: string): CheckedValue<string | null> {
  const title = typed.trim().replace(/\s+/g, ' ');
  return always(title === '' ? null : title);
}

function readAuthors(typed: string): CheckedValue<string[]> {
  return always(
    typed
      .split(',')
      .map((name) => name.trim().replace(/\s+/g, ' '))
      .filter((name) => name !== ''),
  );
}

const READERS: Record<MetaFormField, FieldReader> = {
  title: readTitle,
  authors: readAuthors,
  year: readYear,
  doi: checkDoi,
  arxiv: checkArxiv,
  url: checkUrl,
  venue: (typed) => always(cleanVenue(typed)),
  type: checkCslType,
  citationKey: checkCitationKey,
  keywords: (typed) => always(splitKeywords(typed)),
};

/**
 * Turns the form's strings into a patch of the fields the user changed from `initial` (a value the
 * form was opened with is never re-checked, so an odd imported URL does not block saving a title).
 * Empty means "unknown"; authors and keywords are comma-separated. The first field that cannot be
 * stored is named with a message that says why.
 */
export function readMetaForm(values: MetaFormValues, initial: MetaFormValues): MetaFormResult {
  const patch: Partial<AbstractDetails> = {};
  for (const field of Object.keys(READERS) as MetaFormField[]) {
    if (values[field] === initial[field]) continue;
    const read = READERS[field](values[field]);
    if (!read.ok) return { ok: false, field, message: read.message };
    Object.assign(patch, { [field]: read.value });
  }
  return { ok: true, patch };
}
