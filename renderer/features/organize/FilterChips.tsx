import type { ReactNode } from 'react';
import type { SourceSummary } from '../../db/schema/row-types';
import { STATUS_LABELS, withoutCondition, type FilterKind } from './filter';
import { useAllTags, useLists } from '../../db/organize/hooks';
import type { LibraryFilter } from '../../db/organize/types';
import './organize.css';

interface FilterChipsProps {
  filter: LibraryFilter;
  sources: readonly SourceSummary[];
  onFilterChange: (filter: LibraryFilter) => void;
}

interface Chip {
  kind: FilterKind;
  /** "tag", "status"…: shown capitalised, and read in "Remove filter: tag theory". */
  noun: string;
  value: string;
}

function useChips(filter: LibraryFilter, sources: readonly SourceSummary[]): Chip[] {
  const tags = useAllTags();
  const lists = useLists();
  const chips: Chip[] = [];
  if (filter.tagId !== undefined)
    chips.push({ kind: 'tagId', noun: 'tag', value: tags?.find((tag) => tag.id === filter.tagId)?.path ?? '…' });
  if (filter.status !== undefined) chips.push({ kind: 'status', noun: 'status', value: STATUS_LABELS[filter.status] });
  if (filter.starred) chips.push({ kind: 'starred', noun: 'starred', value: '' });
  if (filter.captureHash !== undefined)
    chips.push({ kind: 'captureHash', noun: 'source', value: sources.find((source) => source.hash === filter.captureHash)?.fileName ?? '…' });
  if (filter.listId !== undefined)
    chips.push({ kind: 'listId', noun: 'list', value: lists?.find((list) => list.id === filter.listId)?.name ?? '…' });
  return chips;
}

/** The current filter as removable chips above the list; conditions combine with AND. */
export function FilterChips({ filter, sources, onFilterChange }: FilterChipsProps): ReactNode {
  const chips = useChips(filter, sources);
  if (chips.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label="Filters">
      {chips.map((chip) => (
        <li key={chip.kind}>
          <button
            type="button"
            className="filter-chip"
            aria-label={`Remove filter: ${chip.noun}${chip.value ? ` ${chip.value}` : ''}`}
            onClick={() => onFilterChange(withoutCondition(filter, chip.kind))}
          >
            <span className="filter-chip-noun">
              {chip.noun.charAt(0).toUpperCase() + chip.noun.slice(1)}
              {chip.value && ':'}
            </span>
            {chip.value && <span dir="auto">{chip.value}</span>}
            <span aria-hidden="true" className="filter-chip-x">
              ×
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
