import type { NearDuplicatePair } from '../../../shared/identity/near-duplicates';
import { displayTitle } from '../../../shared/text/display-title';
import type { MergeField } from '../../db/duplicates/merge-fields';
import type { AbstractRow } from '../../db/schema/row-types';

const STATUS_TEXT = { unread: 'Unread', reading: 'Reading', read: 'Read' } as const;
const NO_VALUE = { doi: 'No DOI', arxiv: 'No arXiv ID', url: 'No URL', venue: 'No venue', type: 'No type', citationKey: 'No citation key' } as const;
/** How much of an abstract's text a choice shows. */
const TEXT_PREVIEW = 220;

/** A record's title as the list shows it (its first sentence when it has none). */
export function recordTitle(row: AbstractRow): string {
  return displayTitle({ title: row.title, text: row.display.text });
}

function preview(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= TEXT_PREVIEW) return flat;
  const cut = flat.lastIndexOf(' ', TEXT_PREVIEW);
  return `${flat.slice(0, cut > TEXT_PREVIEW / 2 ? cut : TEXT_PREVIEW).replace(/[\s,;:.]+$/u, '')}…`;
}

/** A field's value in words, as a merge choice shows it; never empty. */
export function fieldValueText(row: AbstractRow, field: MergeField): string {
  switch (field) {
    case 'title':
      return row.title ?? 'No title';
    case 'authors':
      return row.authors.length === 0 ? 'No authors' : row.authors.join(', ');
    case 'year':
      return row.year === null ? 'No year' : String(row.year);
    case 'text':
      return row.text.trim() === '' ? 'No abstract' : preview(row.text);
    case 'status':
      return STATUS_TEXT[row.status];
    case 'starred':
      return row.starred === 1 ? 'Starred' : 'Not starred';
    default:
      return row[field] ?? NO_VALUE[field];
  }
}

/** More about an abstract's text than its opening shows: its length, and whether the portal cut it. */
export function textDetails(row: AbstractRow): string {
  const length = `${row.text.length.toLocaleString('en-US')} characters`;
  return row.truncated ? `${length}, cut short` : length;
}

/** Why a pair is offered, in words. */
export function reasonText(pair: NearDuplicatePair, years: readonly (number | null)[]): string {
  const percent = `${Math.floor(pair.similarity * 100)}% alike`;
  switch (pair.reason) {
    case 'same-title': {
      const known = [...new Set(years.filter((year): year is number => year !== null))].sort();
      return known.length > 1 ? `Same title, ${known.join(' and ')}` : 'Same title';
    }
    case 'similar-title':
      return `Similar titles, ${percent}`;
    case 'title-and-subtitle':
      return 'One title with a subtitle added';
    case 'same-opening':
      return `Texts open alike, ${percent}`;
  }
}
