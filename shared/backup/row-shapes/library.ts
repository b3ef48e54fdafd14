import { uidField } from './uid-field';
import { anyOf, finiteNumber, flag, nullable, objectOf, text, wholeNumber, type Check } from './checks';

const savedSearchRow = (version: number): Check => objectOf({ id: wholeNumber, ...uidField(version), name: text, query: text, createdAt: wholeNumber });

/** Two abstracts the user said are not duplicates, lower id first (since version 11). */
const distinctPairRow = objectOf({ low: wholeNumber, high: wholeNumber, decidedAt: wholeNumber });

/** A setting or a fact about the library (e.g. when the seeds were imported). */
const metaRow = objectOf({ key: text, value: nullable(anyOf([text, finiteNumber, flag], 'a string, a number, true, false')) });

export const LIBRARY_SHAPES: Readonly<Record<string, (version: number) => Check>> = {
  savedSearches: savedSearchRow,
  meta: () => metaRow,
  distinctPairs: () => distinctPairRow,
};
