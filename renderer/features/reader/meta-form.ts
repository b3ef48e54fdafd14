import type { AbstractMetaPatch } from '../../db/schema/row-types';

export interface MetaFormValues {
  title: string;
  authors: string;
  year: string;
}

export type MetaFormResult =
  { ok: true; patch: AbstractMetaPatch } | { ok: false; field: keyof MetaFormValues; message: string };

/** Turns the form's strings into a patch: empty title and year mean "unknown", authors are comma-separated. */
export function readMetaForm(values: MetaFormValues): MetaFormResult {
  const yearText = values.year.trim();
  if (yearText !== '' && !/^\d{1,4}$/.test(yearText)) {
    return {
      ok: false,
      field: 'year',
      message: `“${yearText}” is not a year. Enter a year such as 2021, or leave it empty.`,
    };
  }
  const title = values.title.trim().replace(/\s+/g, ' ');
  const authors = values.authors
    .split(',')
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter((name) => name !== '');
  return {
    ok: true,
    patch: { title: title === '' ? null : title, authors, year: yearText === '' ? null : Number(yearText) },
  };
}
