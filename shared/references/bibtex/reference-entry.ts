import type { ReferenceEntry } from '../record';
import type { TextSpan } from '../../capture/types';
import { cslType, isContainerType } from './entry-types';
import type { EntryValues } from './entry-values';
import { FieldBag } from './field-bag';
import { takeArxiv, takeDoi, takeUrl } from './identifier-fields';
import type { GroupIndex } from './jabref-groups';
import { entryGroupPaths } from './jabref-groups';

const YEAR = /(?<!\d)\d{4}(?!\d)/u;
/** A journal written as arXiv ("arXiv preprint arXiv:2101.00001", "arXiv e-prints"): the work is a preprint. */
const ARXIV_JOURNAL = /^arxiv\b/iu;

export interface EntryPosition {
  span: TextSpan;
  line: number;
}

/** One BibTeX entry as the reference entry every reader hands to `referenceRecord`. */
export function toReferenceEntry(
  values: EntryValues,
  position: EntryPosition,
  groups: GroupIndex,
): ReferenceEntry {
  const bag = new FieldBag(values);
  const journal = bag.take('journal') ?? bag.take('journaltitle') ?? null;
  const venue =
    journal ?? (isContainerType(values.type) ? bag.take('series') : bag.take('booktitle')) ?? null;
  const url = takeUrl(bag);
  const arxiv = takeArxiv(bag, url, journal);
  return {
    ...position,
    title: bag.take('title') ?? null,
    authors: bag.takeNames('author') ?? [],
    year: takeYear(bag),
    abstract: bag.take('abstract') ?? null,
    doi: takeDoi(bag),
    arxiv,
    url,
    venue,
    type: cslType(values.type, arxiv !== null && (journal === null || ARXIV_JOURNAL.test(journal))),
    citationKey: values.key,
    keywords: bag.takeList('keywords') ?? [],
    groups: [
      ...entryGroupPaths(groups, values.key, bag.take('groups')),
      ...commaList(bag.take('mendeley-groups')),
      ...commaList(bag.take('mendeley-tags')),
    ],
    language: bag.take('langid') ?? bag.take('language') ?? null,
    fields: bag.rest(),
  };
}

/** The year of `year`, else of BibLaTeX's `date` (`2020-05-01`); the field stays in `fields` when it says more ("2020a"). */
function takeYear(bag: FieldBag): number | null {
  for (const field of ['year', 'date']) {
    const value = bag.peek(field);
    const year = value === undefined ? undefined : YEAR.exec(value)?.[0];
    if (year === undefined) continue;
    if (value?.trim() === year) bag.markTaken(field);
    return Number(year);
  }
  return null;
}

function commaList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
