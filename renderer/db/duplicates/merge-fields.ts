import type { AbstractRow } from '../schema/row-types';
import type { Status } from '../organize/types';

/** The fields a merge asks about when the two records differ. */
export type MergeField = 'title' | 'authors' | 'year' | 'text' | 'doi' | 'arxiv' | 'url' | 'venue' | 'type' | 'citationKey' | 'status' | 'starred';

/** Which record's value of a field survives the merge. */
export type MergeSide = 'survivor' | 'loser';

export type MergeChoices = Record<MergeField, MergeSide>;

/** The fields in the order the Merge dialog asks about them, with the names it shows. */
export const MERGE_FIELDS: readonly { field: MergeField; label: string }[] = [
  { field: 'title', label: 'Title' },
  { field: 'authors', label: 'Authors' },
  { field: 'year', label: 'Year' },
  { field: 'text', label: 'Abstract' },
  { field: 'doi', label: 'DOI' },
  { field: 'arxiv', label: 'arXiv ID' },
  { field: 'url', label: 'URL' },
  { field: 'venue', label: 'Venue' },
  { field: 'type', label: 'Type' },
  { field: 'citationKey', label: 'Citation key' },
  { field: 'status', label: 'Status' },
  { field: 'starred', label: 'Star' },
];

type AgedRecord = Pick<AbstractRow, 'id' | 'createdAt'>;

/** The record that keeps its id: the older one (the first imported), so links made to it early stay as they are. */
export function survivorFirst<Row extends AgedRecord>(a: Row, b: Row): [survivor: Row, loser: Row] {
  const aFirst = a.createdAt !== b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
  return aFirst ? [a, b] : [b, a];
}

const STATUS_RANK: Record<Status, number> = { unread: 0, reading: 1, read: 2 };

function isStarred(row: Pick<AbstractRow, 'starred'>): boolean {
  return row.starred === 1;
}

/** A field's value as one comparable string. */
function valueKey(row: AbstractRow, field: MergeField): string {
  switch (field) {
    case 'authors':
      return JSON.stringify(row.authors);
    case 'starred':
      return String(isStarred(row));
    case 'year':
      return String(row.year);
    default:
      return JSON.stringify(row[field] ?? null);
  }
}

/** The fields whose values differ between the two records, in dialog order. */
export function differingFields(survivor: AbstractRow, loser: AbstractRow): MergeField[] {
  return MERGE_FIELDS.map(({ field }) => field).filter((field) => valueKey(survivor, field) !== valueKey(loser, field));
}

function fullnessOf(row: AbstractRow, field: MergeField): number {
  switch (field) {
    case 'title':
    case 'venue':
      return (row[field] ?? '').trim().length;
    case 'authors':
      return row.authors.length;
    // A complete text is fuller than any text the portal cut.
    case 'text':
      return (row.truncated ? 0 : 1e9) + row.text.length;
    case 'status':
      return STATUS_RANK[row.status];
    case 'starred':
      return isStarred(row) ? 1 : 0;
    case 'year':
      return row.year === null ? 0 : 1;
    default:
      return row[field] === null || row[field] === '' ? 0 : 1;
  }
}

/**
 * What the dialog proposes: the fuller value (the longer title and venue, more authors, the
 * complete and longer text, a value over none, the further status, a star), the survivor's on a tie.
 */
export function defaultChoices(survivor: AbstractRow, loser: AbstractRow): MergeChoices {
  const choices = {} as MergeChoices;
  for (const { field } of MERGE_FIELDS) choices[field] = fullnessOf(loser, field) > fullnessOf(survivor, field) ? 'loser' : 'survivor';
  return choices;
}
